using System;
using System.Collections.Generic;

namespace PartnerSandbox.Engine.Models;

/// <summary>
/// A Partner Center order. Status and billing cycle are open sets: they are kept exactly as the service sent them,
/// so a value this module has never seen neither breaks a listing nor gets renamed. Only what the module shows or
/// decides on is read: the rest of an answer (links, alternate id, currency symbol) is skipped while it is read, so
/// a listing of many orders holds no more than it needs.
/// </summary>
public sealed class Order
{
    public string Id { get; set; } = string.Empty;

    public string? ReferenceCustomerId { get; set; }

    public string? BillingCycle { get; set; }

    public string? TransactionType { get; set; }

    public string? CurrencyCode { get; set; }

    public DateTimeOffset? CreationDate { get; set; }

    public string? Status { get; set; }

    public decimal? TotalPrice { get; set; }

    public List<OrderLineItem> LineItems { get; set; } = new();
}
