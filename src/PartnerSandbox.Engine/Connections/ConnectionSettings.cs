using System;
using System.Linq;

namespace PartnerSandbox.Engine.Connections;

/// <summary>Where a connection goes: the API base URL, the authority and the audience, already resolved.</summary>
public sealed class ConnectionSettings
{
    public ConnectionSettings(string environmentName, Uri apiBaseUri, Uri authorityHost, string audience, string tenantId, bool skipCertificateCheck)
    {
        EnvironmentName = environmentName;
        ApiBaseUri = apiBaseUri;
        AuthorityHost = authorityHost;
        Audience = audience;
        TenantId = tenantId;
        SkipCertificateCheck = skipCertificateCheck;
    }

    /// <summary>A named cloud, or "Custom" when the caller gave an endpoint.</summary>
    public string EnvironmentName { get; }

    public Uri ApiBaseUri { get; }

    public Uri AuthorityHost { get; }

    public string Audience { get; }

    public string TenantId { get; }

    /// <summary>True only for loopback hosts (checked by <see cref="LoopbackCertificatePolicy"/>).</summary>
    public bool SkipCertificateCheck { get; }

    /// <summary>The authority MSAL signs in against: {AuthorityHost}/{TenantId}.</summary>
    public Uri Authority => new(AuthorityHost, Uri.EscapeDataString(TenantId));

    /// <summary>True when the authority is not one of Microsoft's named clouds (an emulator or a private cloud).</summary>
    public bool IsCustomAuthority => !PartnerCenterEnvironment.Known.Any(
        e => Uri.Compare(e.AuthorityHost, AuthorityHost, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0);
}
