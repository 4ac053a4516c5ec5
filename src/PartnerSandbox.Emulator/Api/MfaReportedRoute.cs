namespace PartnerSandbox.Emulator.Api;

/// <summary>
/// Endpoint metadata for the routes where partners reported the API's older MFA refusal, 401 10001 "Authentication
/// failed. MFA required." (the customer listing: Partner-Center-DotNet-Samples#59, BCTech#34); the MFA knob answers it there.
/// </summary>
internal sealed class MfaReportedRoute
{
    public static MfaReportedRoute Instance { get; } = new();
}
