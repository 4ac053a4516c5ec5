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
/// back as they were. Apps (with their public certificates) and users are kept; issued tokens,
/// refresh tokens, device codes and idempotent answers are not. The only secrets in it are the
/// seeded (or generated) fake client secrets.
/// </summary>
internal sealed record StateDocument(
    [property: JsonPropertyName("_about")] string About,
    DateTimeOffset SavedAt,
    TimeSpan ClockAdvancedBy,
    IReadOnlyList<SeedPartner> Partners);

/// <summary>Reads and atomically writes state files.</summary>
internal static class StateFile
{
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
        var temporary = $"{fullPath}.{Guid.NewGuid():N}.tmp";
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

    /// <summary>The state as a document; called under <see cref="EmulatorState.Gate"/> so that it is consistent.</summary>
    public static StateDocument Capture(IReadOnlyList<Partner> partners, DateTimeOffset now, TimeSpan clockAdvancedBy) => new(
        "PartnerSandbox emulator state. The client secrets in it are the seeded (or generated) fake ones.",
        now,
        clockAdvancedBy,
        partners.Select(ToSeed).ToList());

    private static SeedPartner ToSeed(Partner partner) => new(
        partner.TenantId.ToString(),
        partner.Name,
        partner.Kind,
        partner.Applications.Select(ToSeed).ToList(),
        partner.Customers.Select(ToSeed).ToList(),
        partner.Users.Select(user => new SeedUser(user.UserPrincipalName, user.ObjectId.ToString(), user.DisplayName)).ToList());

    /// <summary>Certificates are the public parts only; secrets are the seeded fake ones.</summary>
    private static SeedApplication ToSeed(PartnerApplication app) => new(
        app.ClientId.ToString(),
        app.ClientSecret,
        app.Name,
        app.Certificates.Select(certificate => Convert.ToBase64String(certificate.Certificate.RawData)).ToList(),
        app.AllowPublicClient);

    private static SeedCustomer ToSeed(Customer customer) => new(
        customer.Id.ToString(),
        customer.CommerceId.ToString(),
        customer.CompanyName,
        customer.Domain,
        customer.RelationshipToPartner,
        customer.Orders.Select(ToSeed).ToList());

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
        order.LineItems.Select(lineItem => new SeedLineItem(
            lineItem.LineItemNumber,
            lineItem.OfferId,
            lineItem.SubscriptionId,
            lineItem.FriendlyName,
            lineItem.Quantity,
            lineItem.TermDuration,
            lineItem.TransactionType)).ToList());
}
