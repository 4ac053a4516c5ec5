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

    public static IReadOnlyList<string> All { get; } = [Global, China];
}
