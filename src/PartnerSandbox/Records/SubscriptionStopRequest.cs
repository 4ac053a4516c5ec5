using System.Collections.Generic;

namespace PartnerSandbox.Records;

/// <summary>
/// One record of Stop-PCSandboxSubscription, captured when it arrives: the subscriptions it names (one for a
/// subscription or a CustomerId/SubscriptionId row, one per line item for an order), and what it was, for errors.
/// </summary>
public sealed class SubscriptionStopRequest
{
    internal SubscriptionStopRequest(IReadOnlyList<SubscriptionTarget> targets, string description)
    {
        Targets = targets;
        Description = description;
    }

    internal IReadOnlyList<SubscriptionTarget> Targets { get; }

    /// <summary>"Subscription X of customer Y", or "Order X of customer Y".</summary>
    internal string Description { get; }
}
