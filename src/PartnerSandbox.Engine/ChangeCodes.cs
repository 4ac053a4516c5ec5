namespace PartnerSandbox.Engine;

/// <summary>
/// Service codes the engine itself gives to failures of a change that no single answer of the service reported, so
/// that the module classifies them like the service's own (SignInCodes does the same for sign-in).
/// </summary>
public static class ChangeCodes
{
    /// <summary>The service refused to delete a customer while the orders it named are active.</summary>
    public const string CustomerHasActiveOrders = "CustomerHasActiveOrders";

    /// <summary>An order older than the sandbox's cancellation window, found before anything was sent.</summary>
    public const string OrderTooOldToCancel = "OrderTooOldToCancel";

    /// <summary>A change the service took did not show done within the time waited.</summary>
    public const string StillPending = "CancellationStillPending";
}
