using System;
using System.Collections.Generic;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Seeding;

// The seed file as written (docs/emulator.md). Everything is optional here so that the loader can
// apply defaults and report what is missing by name; unknown fields (such as "_about") are ignored.

internal sealed record SeedDocument(IReadOnlyList<SeedPartner>? Partners);

internal sealed record SeedPartner(
    string? TenantId,
    string? Name,
    PartnerKind? Kind,
    IReadOnlyList<SeedApplication>? Applications,
    IReadOnlyList<SeedCustomer>? Customers,
    IReadOnlyList<SeedUser>? Users,
    IReadOnlyList<SeedManagedIdentity>? ManagedIdentities = null);

/// <param name="Certificates">Base64 DER public certificates for client assertions.</param>
internal sealed record SeedApplication(
    string? ClientId,
    string? ClientSecret,
    string? Name,
    IReadOnlyList<string>? Certificates,
    bool? AllowPublicClient,
    IReadOnlyList<SeedFederatedCredential>? FederatedCredentials = null);

/// <param name="Type">systemAssigned (at most one per partner) or userAssigned.</param>
internal sealed record SeedManagedIdentity(string? Name, ManagedIdentityKind? Type, string? ClientId, string? PrincipalId);

/// <param name="Issuer">Absent: the partner tenant's own issuer at this emulator, the one its managed identities' tokens carry.</param>
/// <param name="Audiences">Absent: api://AzureADTokenExchange. Entra allows exactly one.</param>
internal sealed record SeedFederatedCredential(string? Name, string? Issuer, string? Subject, IReadOnlyList<string>? Audiences);

/// <param name="MfaRequired">Conditional access asks this user for MFA: a refresh token from a sign-in without it gets AADSTS50076.</param>
internal sealed record SeedUser(string? UserPrincipalName, string? ObjectId, string? DisplayName, bool? MfaRequired = null);

internal sealed record SeedCustomer(
    string? Id,
    string? CommerceId,
    string? CompanyName,
    string? Domain,
    string? RelationshipToPartner,
    IReadOnlyList<SeedOrder>? Orders,
    string? AssociatedPartnerId = null,
    string? IndirectCloudSolutionProviderId = null);

internal sealed record SeedOrder(
    string? Id,
    string? AlternateId,
    ProductType? ProductType,
    double? AgeDays,
    DateTimeOffset? CreationDate,
    string? Status,
    string? BillingCycle,
    string? TransactionType,
    string? CurrencyCode,
    string? CurrencySymbol,
    decimal? TotalPrice,
    IReadOnlyList<SeedLineItem>? LineItems);

internal sealed record SeedLineItem(
    int? LineItemNumber,
    string? OfferId,
    string? SubscriptionId,
    string? FriendlyName,
    int? Quantity,
    string? TermDuration,
    string? TransactionType,
    SeedSubscription? Subscription = null);

/// <summary>The line item's subscription, where it differs from what the order implies.</summary>
internal sealed record SeedSubscription(
    double? AgeDays,
    DateTimeOffset? CreationDate,
    string? Status,
    bool? AutoRenewEnabled,
    IReadOnlyList<SeedAzureEntitlement>? AzureEntitlements);

/// <summary>An Azure subscription under an Azure plan.</summary>
internal sealed record SeedAzureEntitlement(string? Id, string? FriendlyName, string? Status);
