namespace PartnerSandbox.Emulator.State;

/// <summary>The order status values the emulator itself sets; seeds may use any other value of the open set.</summary>
public static class OrderStatus
{
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";

    /// <summary>A value of the contract's status list: what an accepted cancellation shows until it completes.</summary>
    public const string Pending = "pending";
}
