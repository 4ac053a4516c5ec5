using System;
using System.Collections.Generic;

namespace PartnerSandbox.Engine;

/// <summary>
/// The order statuses and billing cycles the contract names. Both are open sets: these lists serve completion and
/// help, never validation; a value the service sends that is not here is kept as it is.
/// </summary>
public static class OrderVocabulary
{
    public static IReadOnlyList<string> Statuses { get; } = new[]
    {
        "unknown", "completed", "pending", "pending_po_upload", "po_upload_complete", "cancelled", "partial_success",
        "po_review_rejected", "suspended", "pending_review", "error",
    };

    public static IReadOnlyList<string> BillingCycles { get; } = new[] { "unknown", "monthly", "annual", "none", "one_time", "triennial", "biennial" };

    /// <summary>Compares the way the service does: case-insensitively and ignoring '_' ("OneTime" matches "one_time").</summary>
    public static bool SameValue(string? left, string? right) =>
        string.Equals(Normalize(left), Normalize(right), StringComparison.OrdinalIgnoreCase);

    private static string? Normalize(string? value) => value?.Replace("_", string.Empty);
}
