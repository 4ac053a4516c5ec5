using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace PartnerSandbox.Engine.Connections;

/// <summary>Turns what the caller gave (a tenant, a named cloud or a custom endpoint and sign-in host, the certificate check) into checked settings.</summary>
public static class ConnectionSettingsResolver
{
    public const string CustomEnvironmentName = "Custom";

    // A verified domain: labels of letters, digits and hyphens, separated by dots.
    private static readonly Regex DomainName = new(@"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))+$", RegexOptions.CultureInvariant);

    public static ConnectionSettings Resolve(string tenantId, string? environment, Uri? endpoint, Uri? authorityHost, bool skipCertificateCheck)
    {
        if (tenantId is null || !((tenantId.Length == 36 && Guid.TryParseExact(tenantId, "D", out _)) || DomainName.IsMatch(tenantId)))
        {
            throw new ConnectionArgumentException(ConnectionSetting.Tenant, string.Format(CultureInfo.InvariantCulture, EngineMessages.NotATenant, tenantId));
        }

        var named = PartnerCenterEnvironment.Global;
        if (!string.IsNullOrEmpty(environment))
        {
            named = PartnerCenterEnvironment.Find(environment!) ?? throw new ConnectionArgumentException(
                ConnectionSetting.Environment,
                string.Format(CultureInfo.InvariantCulture, EngineMessages.UnknownEnvironment, environment,
                    string.Join(", ", PartnerCenterEnvironment.Known.Select(e => e.Name))));
        }

        var apiBase = endpoint is null ? named.ApiBaseUri : CheckHttps(endpoint, ConnectionSetting.Endpoint);
        var authority = authorityHost is not null
            ? CheckHttps(authorityHost, ConnectionSetting.AuthorityHost)
            : endpoint is not null ? new Uri(apiBase.GetLeftPart(UriPartial.Authority)) : named.AuthorityHost;
        var name = endpoint is null && authorityHost is null ? named.Name : CustomEnvironmentName;

        var settings = new ConnectionSettings(name, apiBase, authority, named.Audience, tenantId, skipCertificateCheck);
        LoopbackCertificatePolicy.EnsureAllowed(settings);
        return settings;
    }

    private static Uri CheckHttps(Uri uri, ConnectionSetting setting)
    {
        if (!uri.IsAbsoluteUri)
        {
            throw new ConnectionArgumentException(setting, string.Format(CultureInfo.InvariantCulture, EngineMessages.EndpointNotAbsolute, uri));
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new ConnectionArgumentException(setting, string.Format(CultureInfo.InvariantCulture, EngineMessages.EndpointNotHttps, uri));
        }

        return uri;
    }
}
