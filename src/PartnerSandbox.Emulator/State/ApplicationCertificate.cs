using System;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.Tokens;

namespace PartnerSandbox.Emulator.State;

/// <summary>
/// The public certificate of an app's certificate credential. Client assertions name it in their header by its
/// SHA-1 thumbprint (<c>x5t</c>, older MSAL with RS256) or its SHA-256 thumbprint (<c>x5t#S256</c>, MSAL with PS256).
/// </summary>
public sealed class ApplicationCertificate
{
    private ApplicationCertificate(X509Certificate2 certificate)
    {
        Certificate = certificate;
        Sha1Thumbprint = Base64UrlEncoder.Encode(certificate.GetCertHash(HashAlgorithmName.SHA1));
        Sha256Thumbprint = Base64UrlEncoder.Encode(certificate.GetCertHash(HashAlgorithmName.SHA256));
        VerificationKey = new X509SecurityKey(certificate);
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>Base64url, as in an <c>x5t</c> header.</summary>
    internal string Sha1Thumbprint { get; }

    /// <summary>Base64url, as in an <c>x5t#S256</c> header.</summary>
    internal string Sha256Thumbprint { get; }

    /// <summary>Made once, so that checking an assertion does not build a key each time.</summary>
    internal SecurityKey VerificationKey { get; }

    /// <summary>Reads a base64 DER certificate, as seed files and the admin API carry it.</summary>
    internal static bool TryParse(string? base64Der, [NotNullWhen(true)] out ApplicationCertificate? certificate, [NotNullWhen(false)] out string? problem)
    {
        certificate = null;
        try
        {
            var parsed = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(base64Der ?? string.Empty));
            if (parsed.GetRSAPublicKey() is null)
            {
                problem = "the certificate must have an RSA key (Entra accepts RS256 and PS256 client assertions only).";
                return false;
            }

            certificate = new ApplicationCertificate(parsed);
            problem = null;
            return true;
        }
        catch (FormatException)
        {
            problem = "the certificate is not base64.";
        }
        catch (CryptographicException e)
        {
            problem = $"the certificate is not a DER X.509 certificate: {e.Message}";
        }

        return false;
    }

    internal bool IsNamedBy(string? sha1Thumbprint, string? sha256Thumbprint) =>
        string.Equals(sha1Thumbprint, Sha1Thumbprint, StringComparison.Ordinal)
        || string.Equals(sha256Thumbprint, Sha256Thumbprint, StringComparison.Ordinal);
}
