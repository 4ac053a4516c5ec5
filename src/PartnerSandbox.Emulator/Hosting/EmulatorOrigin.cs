using System;

namespace PartnerSandbox.Emulator.Hosting;

/// <summary>
/// The emulator's own origin (<c>https://127.0.0.1:port</c>), known only once Kestrel has bound the
/// port. Issuers and endpoints derive from it rather than from a request's Host header, so a token
/// is valid whichever name the client used.
/// </summary>
internal sealed class EmulatorOrigin
{
    private string? origin;

    /// <summary>Scheme, host and port, without a trailing slash.</summary>
    public string Value => origin ?? throw new InvalidOperationException("The emulator has not started listening yet.");

    /// <summary>The host and port, as MSAL's instance discovery names an environment.</summary>
    public string HostAndPort => new Uri(Value).Authority;

    public void Set(Uri boundAddress) => origin = boundAddress.GetLeftPart(UriPartial.Authority);

    public string Authority(Guid tenantId) => $"{Value}/{tenantId}";

    public string Issuer(Guid tenantId) => $"{Authority(tenantId)}/v2.0";
}
