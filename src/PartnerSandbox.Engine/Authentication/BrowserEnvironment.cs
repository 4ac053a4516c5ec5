using System;
using System.Runtime.InteropServices;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>Whether a browser can be opened here: Windows and macOS desktops can; Linux needs a display or $BROWSER.</summary>
public sealed class BrowserEnvironment
{
    private readonly Func<string, string?> environment;
    private readonly Func<OSPlatform, bool> isPlatform;
    private readonly bool userInteractive;

    public BrowserEnvironment(Func<string, string?> environment, Func<OSPlatform, bool> isPlatform, bool userInteractive)
    {
        this.environment = environment;
        this.isPlatform = isPlatform;
        this.userInteractive = userInteractive;
    }

    public static BrowserEnvironment Current { get; } =
        new(Environment.GetEnvironmentVariable, RuntimeInformation.IsOSPlatform, Environment.UserInteractive);

    public bool CanOpenBrowser
    {
        get
        {
            if (!userInteractive)
            {
                return false;
            }

            if (isPlatform(OSPlatform.Windows) || isPlatform(OSPlatform.OSX))
            {
                return true;
            }

            return !string.IsNullOrEmpty(environment("DISPLAY"))
                || !string.IsNullOrEmpty(environment("WAYLAND_DISPLAY"))
                || !string.IsNullOrEmpty(environment("BROWSER"));
        }
    }

    internal void EnsureAvailable(string tenantId)
    {
        if (!CanOpenBrowser)
        {
            throw new PartnerCenterException(
                PartnerCenterFailure.BrowserUnavailable, string.Format(System.Globalization.CultureInfo.InvariantCulture, EngineMessages.NoBrowser, tenantId));
        }
    }
}
