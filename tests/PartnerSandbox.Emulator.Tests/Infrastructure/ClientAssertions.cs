using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PartnerSandbox.Emulator.Tests.Infrastructure;

/// <summary>
/// Certificates made at run time, and client assertions signed with them the way MSAL.NET signs them:
/// PS256 with an <c>x5t#S256</c> header (recent MSAL) or RS256 with <c>x5t</c> (older MSAL), and
/// <c>nbf</c>/<c>exp</c> written as strings, as MSAL writes them.
/// </summary>
internal static class ClientAssertions
{
    public static X509Certificate2 NewCertificate(string subject = "CN=PartnerSandbox emulator test")
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }

    /// <summary>The public part, as the admin API and seed files take it.</summary>
    public static string PublicBase64(X509Certificate2 certificate) => Convert.ToBase64String(certificate.RawData);

    /// <param name="namedCertificate">The certificate the x5t#S256 header names (PS256 only); the signing one unless a test wants them to differ.</param>
    public static string Create(
        X509Certificate2 signingCertificate,
        string audience,
        string clientId,
        bool pss = true,
        TimeSpan? expiresIn = null,
        string? subject = null,
        bool withJti = true,
        X509Certificate2? namedCertificate = null)
    {
        var now = DateTimeOffset.UtcNow;
        var notBefore = now.ToUnixTimeSeconds();
        var expires = now.Add(expiresIn ?? TimeSpan.FromMinutes(10)).ToUnixTimeSeconds();
        var jti = withJti ? $",\"jti\":\"{Guid.NewGuid()}\"" : string.Empty;
        var payload = $$"""{"aud":"{{audience}}","iss":"{{clientId}}","sub":"{{subject ?? clientId}}","nbf":"{{notBefore}}","exp":"{{expires}}"{{jti}}}""";

        var handler = new JsonWebTokenHandler();
        if (!pss)
        {
            // The library writes x5t (and kid) itself for a certificate's credentials, so RS256 always names the signer.
            return handler.CreateToken(payload, new X509SigningCredentials(signingCertificate, SecurityAlgorithms.RsaSha256));
        }

        var header = new Dictionary<string, object>
        {
            ["x5t#S256"] = Base64UrlEncoder.Encode((namedCertificate ?? signingCertificate).GetCertHash(HashAlgorithmName.SHA256)),
        };
        // The key object is disposed after signing, so the library must not cache a signer that holds it.
        using var privateKey = signingCertificate.GetRSAPrivateKey()!;
        var credentials = new SigningCredentials(new RsaSecurityKey(privateKey), SecurityAlgorithms.RsaSsaPssSha256)
        {
            CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
        };
        return handler.CreateToken(payload, credentials, header);
    }

    public static Dictionary<string, string> ClientCredentialsForm(Guid clientId, string assertion, string scope = EmulatorFixture.PartnerCenterScope) => new()
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = clientId.ToString(),
        ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        ["client_assertion"] = assertion,
        ["scope"] = scope,
    };
}
