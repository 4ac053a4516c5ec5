namespace PartnerSandbox.Engine.Models;

/// <summary>How much of an order answer to read.</summary>
public enum OrderDetail
{
    /// <summary>Everything the module shows: line items, dates, prices.</summary>
    Full,

    /// <summary>
    /// Only the order's id and status: what a cancellation's outcome is judged by. The rest of the answer is skipped
    /// while it is read, so a cancellation nobody will see as an object builds no order.
    /// </summary>
    IdAndStatus,
}
