using System;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace PartnerSandbox.Emulator.Hosting;

/// <summary>
/// The emulator's HTTPS certificate, made fresh at every start: MSAL only talks HTTPS, and a
/// throw-away certificate for loopback names needs no machine-wide trust to be set up.
/// </summary>
internal static class SelfSignedCertificate
{
    private static readonly TimeSpan Validity = TimeSpan.FromDays(3);

    public static X509Certificate2 CreateForLoopback(DateTimeOffset now)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=PartnerSandbox Emulator", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1", "Server Authentication")], critical: false));

        // Backdated a little so that a client whose clock lags still accepts it.
        using var ephemeral = request.CreateSelfSigned(now.AddHours(-1), now.Add(Validity));

        // Kestrel on Linux (and SslStream on Windows) needs the key in a usable store form: a PKCS#12 round trip gives that.
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), password: null, X509KeyStorageFlags.Exportable);
    }
}
