namespace PartnerSandbox.Emulator.State;

/// <summary>One line of an order, as seeded.</summary>
public sealed record OrderLineItem(
    int LineItemNumber,
    string OfferId,
    string SubscriptionId,
    string FriendlyName,
    int Quantity,
    string TermDuration,
    string TransactionType);
