using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Seeding;

/// <summary>
/// A saved emulator state (<c>--state &lt;file&gt;</c>): a seed document with absolute creation dates
/// and current statuses, plus how far the virtual clock had been moved, so that order ages come
/// back as they were. Apps (with their public certificates and federated credentials), users and
/// managed identities are kept; issued tokens, refresh tokens, device codes and idempotent answers
/// are not. The only secrets in it are the seeded (or generated) fake client secrets.
/// </summary>
internal sealed record StateDocument(
    [property: JsonPropertyName("_about")] string About,
    DateTimeOffset SavedAt,
    TimeSpan ClockAdvancedBy,
    IReadOnlyList<SeedPartner> Partners);

/// <summary>Reads and atomically writes state files.</summary>
internal static class StateFile
{
    private const string TemporarySuffix = ".tmp";

    /// <summary>The length of <c>Guid.ToString("N")</c>, the unique part of a temporary file's name.</summary>
    private const int UniquePartLength = 32;

    /// <returns>The saved state, or null when the file does not exist.</returns>
    /// <exception cref="SeedFileException">The file exists but cannot be read or is malformed.</exception>
    public static StateDocument? TryRead(string path) =>
        File.Exists(path) ? SeedSource.ReadFile<StateDocument>(path) : null;

    /// <summary>
    /// Writes a temporary file next to the target and renames it over the target, so that a crash
    /// or a reader never sees half a state file.
    /// </summary>
    public static void Write(string path, StateDocument document)
    {
        var fullPath = Path.GetFullPath(path);
        var temporary = $"{fullPath}.{Guid.NewGuid():N}{TemporarySuffix}";
        try
        {
            using (var stream = File.Create(temporary))
            {
                JsonSerializer.Serialize(stream, document, SeedJson.Options);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Removes the temporary files that interrupted saves (a crash or a kill between write and rename) left
    /// beside the state file: <c>state.json.&lt;32 hex digits&gt;.tmp</c>, nothing else. Called at start, so one
    /// state file is for one emulator at a time.
    /// </summary>
    public static void RemoveInterruptedSaves(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath);
        if (folder is null || !Directory.Exists(folder))
        {
            return;
        }

        var name = Path.GetFileName(fullPath);
        foreach (var candidate in Directory.EnumerateFiles(folder, $"{name}.*{TemporarySuffix}"))
        {
            if (IsTemporaryOf(Path.GetFileName(candidate), name))
            {
                TryDelete(candidate);
            }
        }
    }

    /// <summary>The state as a document; called under <see cref="EmulatorState.Gate"/> so that it is consistent.</summary>
    public static StateDocument Capture(IReadOnlyList<Partner> partners, DateTimeOffset now, TimeSpan clockAdvancedBy) => new(
        "PartnerSandbox emulator state. The client secrets in it are the seeded (or generated) fake ones.",
        now,
        clockAdvancedBy,
        partners.Select(ToSeed).ToList());

    private static bool IsTemporaryOf(string candidate, string stateFileName) =>
        candidate.Length == stateFileName.Length + 1 + UniquePartLength + TemporarySuffix.Length
        && candidate.StartsWith($"{stateFileName}.", StringComparison.Ordinal)
        && candidate.EndsWith(TemporarySuffix, StringComparison.Ordinal)
        && Guid.TryParseExact(candidate.AsSpan(stateFileName.Length + 1, UniquePartLength), "N", out _);

    /// <summary>A leftover that cannot be removed (in use, no permission) only takes room: it must not stop the start.</summary>
    private static void TryDelete(string leftover)
    {
        try
        {
            File.Delete(leftover);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next start.
        }
    }

    private static SeedPartner ToSeed(Partner partner) => new(
        partner.TenantId.ToString(),
        partner.Name,
        partner.Kind,
        partner.Applications.Select(ToSeed).ToList(),
        partner.Customers.Select(ToSeed).ToList(),
        partner.Users.Select(user => new SeedUser(user.UserPrincipalName, user.ObjectId.ToString(), user.DisplayName, user.MfaRequired)).ToList(),
        partner.ManagedIdentities.Select(identity => new SeedManagedIdentity(identity.Name, identity.Kind, identity.ClientId.ToString(), identity.PrincipalId.ToString())).ToList());

    /// <summary>Certificates are the public parts only; secrets are the seeded fake ones.</summary>
    private static SeedApplication ToSeed(PartnerApplication app) => new(
        app.ClientId.ToString(),
        app.ClientSecret,
        app.Name,
        app.Certificates.Select(certificate => Convert.ToBase64String(certificate.Certificate.RawData)).ToList(),
        app.AllowPublicClient,
        app.FederatedCredentials.Select(credential => new SeedFederatedCredential(credential.Name, credential.Issuer, credential.Subject, credential.Audiences)).ToList());

    private static SeedCustomer ToSeed(Customer customer) => new(
        customer.Id.ToString(),
        customer.CommerceId.ToString(),
        customer.CompanyName,
        customer.Domain,
        customer.RelationshipToPartner,
        customer.Orders.Select(ToSeed).ToList(),
        customer.AssociatedPartnerId?.ToString(),
        customer.IndirectCloudSolutionProviderId?.ToString());

    private static SeedOrder ToSeed(Order order) => new(
        order.Id,
        order.AlternateId,
        order.ProductType,
        AgeDays: null,
        order.CreationDate,
        order.SettledStatus,
        order.BillingCycle,
        order.TransactionType,
        order.CurrencyCode,
        order.CurrencySymbol,
        order.TotalPrice,
        order.Subscriptions.Select(subscription => new SeedLineItem(
            subscription.LineItem.LineItemNumber,
            subscription.LineItem.OfferId,
            subscription.Id,
            subscription.LineItem.FriendlyName,
            subscription.LineItem.Quantity,
            subscription.LineItem.TermDuration,
            subscription.LineItem.TransactionType,
            ToSeed(subscription))).ToList());

    /// <summary>Its current status and absolute creation date, so that its window comes back as it was.</summary>
    private static SeedSubscription ToSeed(Subscription subscription) => new(
        AgeDays: null,
        subscription.CreationDate,
        subscription.Status,
        subscription.AutoRenewEnabled,
        subscription.AzureEntitlements.Select(entitlement => new SeedAzureEntitlement(entitlement.Id, entitlement.FriendlyName, entitlement.Status)).ToList());
}
