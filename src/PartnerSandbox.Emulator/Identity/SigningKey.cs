using System;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>The RSA key this emulator signs its tokens with; made at start, never written anywhere.</summary>
internal sealed class SigningKey : IDisposable
{
    private readonly RSA rsa = RSA.Create(2048);

    public SigningKey()
    {
        SecurityKey = new RsaSecurityKey(rsa);
        SecurityKey.KeyId = Base64UrlEncoder.Encode(SecurityKey.ComputeJwkThumbprint());
        Credentials = new SigningCredentials(SecurityKey, SecurityAlgorithms.RsaSha256);
    }

    public RsaSecurityKey SecurityKey { get; }

    public SigningCredentials Credentials { get; }

    /// <summary>The public half as a JWKS entry, the way Entra ID publishes its keys.</summary>
    public JsonWebKeyJson ToJsonWebKey()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        return new JsonWebKeyJson(
            Kty: "RSA",
            Use: "sig",
            Kid: SecurityKey.KeyId,
            Alg: SecurityAlgorithms.RsaSha256,
            N: Base64UrlEncoder.Encode(parameters.Modulus),
            E: Base64UrlEncoder.Encode(parameters.Exponent));
    }

    public void Dispose() => rsa.Dispose();
}

internal sealed record JsonWebKeyJson(string Kty, string Use, string Kid, string Alg, string N, string E);
