using System;

namespace PartnerSandbox.Emulator.Api;

/// <summary>
/// Compares values of the service's open string enums the way it reads requests: ignoring case
/// and underscores, so <c>OneTime</c>, <c>onetime</c> and <c>one_time</c> are the same.
/// </summary>
internal static class OpenEnumValue
{
    public static bool Matches(string? left, string? right) =>
        left is not null && right is not null
        && string.Equals(left.Replace("_", string.Empty, StringComparison.Ordinal), right.Replace("_", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
}
