using System;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Identity.Client;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>How the application proves who it is: a client secret or a certificate with its private key.</summary>
public sealed class AppCredential
{
    private readonly string? secret;
    private readonly X509Certificate2? certificate;

    private AppCredential(string? secret, X509Certificate2? certificate)
    {
        this.secret = secret;
        this.certificate = certificate;
    }

    public static AppCredential FromSecret(System.Security.SecureString secret) => new(SecureStrings.Reveal(secret), null);

    public static AppCredential FromCertificate(X509Certificate2 certificate)
    {
        if (certificate is null)
        {
            throw new ArgumentNullException(nameof(certificate));
        }

        return new AppCredential(null, certificate);
    }

    /// <summary>"ClientSecret" or "Certificate".</summary>
    public string Kind => certificate is null ? "ClientSecret" : "Certificate";

    internal ConfidentialClientApplicationBuilder ApplyTo(ConfidentialClientApplicationBuilder builder) =>
        certificate is null ? builder.WithClientSecret(secret) : builder.WithCertificate(certificate);

    public override string ToString() => certificate is null ? "client secret" : "certificate " + certificate.Thumbprint;
}
