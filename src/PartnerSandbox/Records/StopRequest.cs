namespace PartnerSandbox.Records;

/// <summary>
/// One record of Stop-PCSandboxOrder, captured when it arrives: an order object from Get-PCSandboxOrder, or a
/// customer id and an order id (Import-Csv rows) whose order is still to be read.
/// </summary>
public sealed class StopRequest
{
    internal StopRequest(PCSandboxOrder order)
        : this(order.CustomerId, order.OrderId)
    {
        Order = order;
    }

    internal StopRequest(string customerId, string orderId)
    {
        CustomerId = customerId;
        OrderId = orderId;
    }

    /// <summary>The order as Get-PCSandboxOrder read it; null when only its ids came.</summary>
    internal PCSandboxOrder? Order { get; }

    /// <summary>Public, so that an error about a row not yet read names its ids (ErrorRecord.TargetObject).</summary>
    public string CustomerId { get; }

    public string OrderId { get; }
}
