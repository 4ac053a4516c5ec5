using System;
using System.Linq;
using PartnerSandbox.Engine;
using PartnerSandbox.Engine.Models;

namespace PartnerSandbox;

/// <summary>
/// An order of a customer. CustomerId and OrderId bind by property name to Stop-PCSandboxOrder and other cmdlets.
/// Status and BillingCycle are exactly what the service sent, including values this module does not know.
/// </summary>
public sealed class PCSandboxOrder
{
    /// <param name="accountReason">Why the connection's account changes nothing (not a declared sandbox), or null.</param>
    internal PCSandboxOrder(string customerId, Order order, DateTimeOffset now, string? accountReason)
    {
        CustomerId = string.IsNullOrEmpty(order.ReferenceCustomerId) ? customerId : order.ReferenceCustomerId!;
        OrderId = order.Id;
        Status = order.Status;
        CreationDate = order.CreationDate;
        Age = order.CreationDate is DateTimeOffset created ? (int)Math.Floor((now - created).TotalDays) : null;
        BillingCycle = order.BillingCycle;
        TransactionType = order.TransactionType;
        CurrencyCode = order.CurrencyCode;
        TotalPrice = order.TotalPrice;
        LineItems = new PCSandboxOrderLineItems(order.LineItems.Select(i => new PCSandboxOrderLineItem(i)).ToArray());
        OrderReason = SandboxRules.WhyNotCancellable(order, now);
        NotCancellableReason = accountReason ?? OrderReason;
        CancelledBySubscription = SandboxRules.IsCancelledBySubscription(order);
    }

    public string CustomerId { get; }

    public string OrderId { get; }

    public string? Status { get; }

    public DateTimeOffset? CreationDate { get; }

    /// <summary>Whole days since the order was created, when it was read.</summary>
    public int? Age { get; }

    public string? BillingCycle { get; }

    public string? TransactionType { get; }

    public string? CurrencyCode { get; }

    /// <summary>Only when the service was asked for prices.</summary>
    public decimal? TotalPrice { get; }

    public PCSandboxOrderLineItems LineItems { get; }

    public bool IsCancelled => SandboxRules.IsCancelled(Status);

    /// <summary>
    /// True when, as far as the order shows, Stop-PCSandboxOrder can cancel it: not cancelled, created within 60 days,
    /// and not a product that is cancelled through its subscription. The service has the last word.
    /// </summary>
    public bool IsCancellable => NotCancellableReason is null;

    /// <summary>Why the order cannot be cancelled; empty when it can.</summary>
    public string? NotCancellableReason { get; }

    /// <summary>
    /// Why the order itself cannot be cancelled, whatever the connection that read it: another connection, declared a
    /// sandbox, may be the one that tries (Stop-PCSandboxOrder -Connection).
    /// </summary>
    internal string? OrderReason { get; }

    /// <summary>True for products that are cancelled through their subscription, never through the order (new commerce, Azure plan).</summary>
    internal bool CancelledBySubscription { get; }

    public override string ToString() => OrderId;
}
