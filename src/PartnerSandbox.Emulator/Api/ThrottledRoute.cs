namespace PartnerSandbox.Emulator.Api;

/// <summary>Endpoint metadata for the routes the service throttles (contract section 7); the rate-limit knob counts only these.</summary>
internal sealed class ThrottledRoute
{
    public static ThrottledRoute Instance { get; } = new();
}
