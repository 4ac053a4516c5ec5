namespace PartnerSandbox.Engine.Models;

/// <summary>A line of an order: what <see cref="Order"/> says of reading holds here too (no provisioning context).</summary>
public sealed class OrderLineItem
{
    public int LineItemNumber { get; set; }

    public string? OfferId { get; set; }

    public string? SubscriptionId { get; set; }

    public string? FriendlyName { get; set; }

    public int Quantity { get; set; }

    public string? TermDuration { get; set; }

    public string? TransactionType { get; set; }
}
