using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.IdentityModel.Tokens;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>
/// The signing keys of a trusted token issuer, found as Entra finds them: OpenID discovery at
/// <c>{issuer}/.well-known/openid-configuration</c>, whose <c>issuer</c> must be that same issuer, then its
/// <c>jwks_uri</c>. Asked only for issuers an app trusts, so the emulator never fetches a URL a caller made up.
/// Keys are kept ten minutes, and fetched again at once when a token names a key not among them (a rotation).
/// The emulator's own origin is reached over HTTPS too, trusting exactly its own certificate.
/// </summary>
internal sealed class IssuerSigningKeys : IDisposable
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);

    private readonly HttpClient http;
    private readonly ConcurrentDictionary<string, FetchedKeys> byIssuer = new(StringComparer.Ordinal);

    public IssuerSigningKeys(X509Certificate2 emulatorCertificate)
    {
        var ownCertificate = emulatorCertificate.GetCertHash();
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                    errors == SslPolicyErrors.None || (certificate is not null && certificate.GetCertHash().AsSpan().SequenceEqual(ownCertificate)),
            },
        };
        http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
    }

    /// <returns>The keys, or why they could not be had (Entra's AADSTS90061).</returns>
    public async Task<(IReadOnlyList<SecurityKey>? Keys, string? Problem)> GetAsync(string issuer, string? keyId)
    {
        if (byIssuer.TryGetValue(issuer, out var known)
            && DateTimeOffset.UtcNow - known.FetchedAt < KeepFor
            && (keyId is null || known.Keys.Any(key => key.KeyId == keyId)))
        {
            return (known.Keys, null);
        }

        try
        {
            var keys = await FetchAsync(issuer).ConfigureAwait(false);
            byIssuer[issuer] = new FetchedKeys(keys, DateTimeOffset.UtcNow);
            return (keys, null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or ArgumentException or InvalidOperationException)
        {
            return (null, $"The OpenID configuration or keys of issuer '{issuer}' could not be read: {e.Message}");
        }
    }

    public void Dispose() => http.Dispose();

    private async Task<IReadOnlyList<SecurityKey>> FetchAsync(string issuer)
    {
        var discovery = new Uri($"{issuer.TrimEnd('/')}/.well-known/openid-configuration");
        using var configuration = JsonDocument.Parse(await http.GetStringAsync(discovery).ConfigureAwait(false));
        var root = configuration.RootElement;
        var statedIssuer = root.TryGetProperty("issuer", out var issuerValue) ? issuerValue.GetString() : null;
        if (statedIssuer != issuer)
        {
            throw new InvalidOperationException($"{discovery} names the issuer '{statedIssuer}', not '{issuer}'.");
        }

        var jwksUri = root.TryGetProperty("jwks_uri", out var jwksValue) ? jwksValue.GetString() : null;
        if (!Uri.TryCreate(jwksUri, UriKind.Absolute, out var keysUri) || keysUri.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException($"{discovery} has no https 'jwks_uri'.");
        }

        var keySet = new JsonWebKeySet(await http.GetStringAsync(keysUri).ConfigureAwait(false));
        return [.. keySet.GetSigningKeys()];
    }

    private sealed record FetchedKeys(IReadOnlyList<SecurityKey> Keys, DateTimeOffset FetchedAt);
}
