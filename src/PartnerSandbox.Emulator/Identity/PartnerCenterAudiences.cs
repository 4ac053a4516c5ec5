using System.Collections.Generic;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>
/// The audiences the Partner Center API accepts (contract section 1). The old
/// <c>https://graph.windows.net</c> audience is deliberately absent: the service refuses it.
/// </summary>
internal static class PartnerCenterAudiences
{
    public const string Global = "https://api.partnercenter.microsoft.com";

    public const string China = "https://partner.partnercenterapi.microsoftonline.cn";

    /// <summary>Azure AD Graph's audience, which partners' old scripts still ask for; the API answers it with 900420.</summary>
    public const string RetiredGraph = "https://graph.windows.net";

    public static IReadOnlyList<string> All { get; } = [Global, China];

    /// <summary>The audience exactly, or with the trailing slash some clients add.</summary>
    public static bool IsRetiredGraph(string? audience) =>
        audience is not null && audience.TrimEnd('/').Equals(RetiredGraph, System.StringComparison.OrdinalIgnoreCase);
}
