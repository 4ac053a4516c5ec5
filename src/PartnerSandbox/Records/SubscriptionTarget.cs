namespace PartnerSandbox.Records;

/// <summary>
/// One subscription Stop-PCSandboxSubscription is to cancel: one from Get-PCSandboxSubscription, or the ids of one
/// still to be read (a CustomerId/SubscriptionId row, or a subscription named by an order's line item).
/// </summary>
public sealed class SubscriptionTarget
{
    internal SubscriptionTarget(PCSandboxSubscription subscription)
        : this(subscription.CustomerId, subscription.SubscriptionId)
    {
        Subscription = subscription;
    }

    internal SubscriptionTarget(string customerId, string subscriptionId)
    {
        CustomerId = customerId;
        SubscriptionId = subscriptionId;
    }

    /// <summary>The subscription as Get-PCSandboxSubscription read it; null when only its ids came.</summary>
    internal PCSandboxSubscription? Subscription { get; }

    /// <summary>Public, so that an error about a subscription not yet read names its ids (ErrorRecord.TargetObject).</summary>
    public string CustomerId { get; }

    public string SubscriptionId { get; }
}
