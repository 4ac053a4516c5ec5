using System.Globalization;
using PartnerSandbox.Engine.Models;

namespace PartnerSandbox;

/// <summary>One line of an order, as Format-List shows it.</summary>
public sealed class PCSandboxOrderLineItem
{
    internal PCSandboxOrderLineItem(OrderLineItem item)
    {
        LineItemNumber = item.LineItemNumber;
        FriendlyName = item.FriendlyName;
        OfferId = item.OfferId;
        Quantity = item.Quantity;
        TermDuration = item.TermDuration;
        SubscriptionId = item.SubscriptionId;
        TransactionType = item.TransactionType;
    }

    public int LineItemNumber { get; }

    public string? FriendlyName { get; }

    public string? OfferId { get; }

    public int Quantity { get; }

    public string? TermDuration { get; }

    public string? SubscriptionId { get; }

    public string? TransactionType { get; }

    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} x {1} ({2}{3})", Quantity, FriendlyName ?? OfferId, OfferId, string.IsNullOrEmpty(TermDuration) ? string.Empty : ", " + TermDuration);
}
