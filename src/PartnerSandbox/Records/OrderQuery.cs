using System;
using System.Collections.Generic;
using System.Linq;
using PartnerSandbox.Engine;

namespace PartnerSandbox.Records;

/// <summary>
/// What one record of Get-PCSandboxOrder asks for, captured when the record arrives: which customers (none: every
/// customer), which order, and the filters. Work that completes later reads this, never the cmdlet's parameters.
/// </summary>
public sealed class OrderQuery
{
    internal OrderQuery(
        IReadOnlyList<string>? customerIds,
        string? orderId,
        string? billingCycle,
        IReadOnlyList<string>? statuses,
        DateTimeOffset? createdAfter,
        DateTimeOffset? createdBefore,
        bool cancellableOnly,
        bool includePrice)
    {
        CustomerIds = customerIds;
        OrderId = orderId;
        BillingCycle = billingCycle;
        Statuses = statuses;
        CreatedAfter = createdAfter;
        CreatedBefore = createdBefore;
        CancellableOnly = cancellableOnly;
        IncludePrice = includePrice;
    }

    /// <summary>The customers whose orders are asked for; null: every customer of the partner.</summary>
    internal IReadOnlyList<string>? CustomerIds { get; }

    internal string? OrderId { get; }

    internal string? BillingCycle { get; }

    internal IReadOnlyList<string>? Statuses { get; }

    internal DateTimeOffset? CreatedAfter { get; }

    internal DateTimeOffset? CreatedBefore { get; }

    internal bool CancellableOnly { get; }

    internal bool IncludePrice { get; }

    internal bool IsSelected(PCSandboxOrder order) =>
        (OrderId is null || string.Equals(order.OrderId, OrderId, StringComparison.OrdinalIgnoreCase))
        && (Statuses is null || Statuses.Any(s => OrderVocabulary.SameValue(s, order.Status)))
        && (CreatedAfter is null || order.CreationDate >= CreatedAfter)
        && (CreatedBefore is null || order.CreationDate <= CreatedBefore)
        && (!CancellableOnly || order.IsCancellable);
}
