using System;
using System.Globalization;
using System.Net;
using System.Net.Http;

namespace PartnerSandbox.Engine.Connections;

/// <summary>
/// Certificate checks are skipped only when asked and only for loopback hosts: the emulator's self-signed certificate
/// is acceptable on this machine, never on a network.
/// </summary>
public static class LoopbackCertificatePolicy
{
    public static bool IsLoopback(Uri uri)
    {
        if (uri is null)
        {
            throw new ArgumentNullException(nameof(uri));
        }

        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>Throws when skipping the check was asked for a host that is not loopback.</summary>
    public static void EnsureAllowed(ConnectionSettings settings)
    {
        if (settings is null)
        {
            throw new ArgumentNullException(nameof(settings));
        }

        if (!settings.SkipCertificateCheck)
        {
            return;
        }

        foreach (var uri in new[] { settings.ApiBaseUri, settings.AuthorityHost })
        {
            if (!IsLoopback(uri))
            {
                throw new ConnectionArgumentException(
                    ConnectionSetting.SkipCertificateCheck, string.Format(CultureInfo.InvariantCulture, EngineMessages.SkipCertificateCheckNotLoopback, uri.Host));
            }
        }
    }

    /// <summary>The innermost handler of every HTTP client of a connection (API and sign-in alike).</summary>
    public static HttpClientHandler CreateHandler(ConnectionSettings settings)
    {
        EnsureAllowed(settings);
        // .NET Framework allows two connections per host unless told otherwise, which would cap -ThrottleLimit at 2
        // in Windows PowerShell 5.1.
        var handler = new HttpClientHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = PartnerCenterSession.MaxRequestsInFlight };
        if (settings.SkipCertificateCheck)
        {
            // Only loopback hosts get here (EnsureAllowed), and the callback re-checks the host of each request.
            handler.ServerCertificateCustomValidationCallback = (request, _, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None || (request.RequestUri is not null && IsLoopback(request.RequestUri));
        }

        return handler;
    }
}
