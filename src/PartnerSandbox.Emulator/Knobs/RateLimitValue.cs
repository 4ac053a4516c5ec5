using System;
using System.Globalization;

namespace PartnerSandbox.Emulator.Knobs;

/// <summary>A rate limit as the command line and the knobs API write it: requests per minute, or <c>off</c>.</summary>
internal static class RateLimitValue
{
    public const string Off = "off";

    public static bool TryParse(string? text, out int? perMinute)
    {
        perMinute = null;
        if (string.Equals(text, Off, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1)
        {
            perMinute = value;
            return true;
        }

        return false;
    }

    public static bool TryParseWindow(string? text, out RateLimitWindow window) =>
        Enum.TryParse(text, ignoreCase: true, out window) && Enum.IsDefined(window) && !int.TryParse(text, out _);
}
