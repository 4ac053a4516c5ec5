namespace PartnerSandbox.Emulator.State;

/// <summary>One line of an order, as seeded. Each line item is one subscription, with the line item's subscription id.</summary>
/// <param name="Subscription">What the seed says of that subscription beyond the line item; null: defaults from the order.</param>
public sealed record OrderLineItem(
    int LineItemNumber,
    string OfferId,
    string SubscriptionId,
    string FriendlyName,
    int Quantity,
    string TermDuration,
    string TransactionType,
    SubscriptionDetails? Subscription = null);
