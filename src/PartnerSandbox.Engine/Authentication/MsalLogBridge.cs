using Microsoft.Identity.Client;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>Routes MSAL's own log to the debug stream of the cmdlet that caused the sign-in. Personal data logging stays off.</summary>
internal static class MsalLogBridge
{
    public static void Write(LogLevel level, string message, bool containsPii)
    {
        // With PII logging disabled MSAL never sets containsPii; the check keeps that promise even if a default changes.
        if (!containsPii)
        {
            EngineLog.Current?.Debug("MSAL " + level + ": " + message);
        }
    }
}
