using System;
using System.Collections.Generic;
using System.Linq;

namespace PartnerSandbox.Engine.Connections;

/// <summary>A Partner Center cloud: where its API lives, where its tokens come from, and the API's audience.</summary>
public sealed class PartnerCenterEnvironment
{
    private const string GlobalApi = "https://api.partnercenter.microsoft.com";

    public static readonly PartnerCenterEnvironment Global = new("Global", GlobalApi, "https://login.microsoftonline.com", GlobalApi);
    public static readonly PartnerCenterEnvironment China = new(
        "China", "https://partner.partnercenterapi.microsoftonline.cn", "https://login.chinacloudapi.cn", "https://partner.partnercenterapi.microsoftonline.cn");
    public static readonly PartnerCenterEnvironment USGov = new("USGov", GlobalApi, "https://login.microsoftonline.us", GlobalApi);

    /// <summary>
    /// Microsoft Cloud Germany, closed on 29 October 2021 (its tenants moved to the global cloud). Kept so that scripts
    /// and seeds that name it get a clear word instead of "not a known environment".
    /// </summary>
    public static readonly PartnerCenterEnvironment Germany = new("Germany", GlobalApi, "https://login.microsoftonline.de", GlobalApi, new DateTime(2021, 10, 29, 0, 0, 0, DateTimeKind.Utc));

    /// <summary>The named clouds, in the order users see them (tab completion, help).</summary>
    public static IReadOnlyList<PartnerCenterEnvironment> Known { get; } = new[] { Global, China, USGov, Germany };

    private PartnerCenterEnvironment(string name, string apiBaseUri, string authorityHost, string audience, DateTime? closedOn = null)
    {
        Name = name;
        ApiBaseUri = new Uri(apiBaseUri);
        AuthorityHost = new Uri(authorityHost);
        Audience = audience;
        ClosedOn = closedOn;
    }

    public string Name { get; }

    public Uri ApiBaseUri { get; }

    public Uri AuthorityHost { get; }

    /// <summary>The resource the tokens are for; app-only sign-in asks for "{Audience}/.default".</summary>
    public string Audience { get; }

    public string AppOnlyScope => Audience + "/.default";

    /// <summary>When Microsoft closed this cloud; null while it is open.</summary>
    public DateTime? ClosedOn { get; }

    public static PartnerCenterEnvironment? Find(string name) =>
        Known.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
}
