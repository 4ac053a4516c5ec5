using System;
using System.Globalization;
using System.IO;
using System.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using PartnerSandbox.Errors;

namespace PartnerSandbox.Infrastructure.Connections;

/// <summary>Where a sign-in certificate comes from: a store (by thumbprint), an object, or a PFX file. It must have its private key.</summary>
internal static class CertificateSources
{
    private static readonly StoreLocation[] SearchOrder = { StoreLocation.CurrentUser, StoreLocation.LocalMachine };

    public static X509Certificate2 FromStore(string thumbprint)
    {
        var wanted = thumbprint.Replace(" ", string.Empty).Replace(":", string.Empty);
        foreach (var location in SearchOrder)
        {
            using var store = new X509Store(StoreName.My, location);
            try
            {
                store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            }
            catch (CryptographicException)
            {
                continue; // The store does not exist here (LocalMachine\My on Linux, for example).
            }

            var found = store.Certificates.Find(X509FindType.FindByThumbprint, wanted, validOnly: false);
            if (found.Count > 0)
            {
                return WithPrivateKey(found[0], "CertificateThumbprint");
            }
        }

        throw new ParameterValueException("CertificateThumbprint", string.Format(CultureInfo.InvariantCulture, Messages.CertificateNotFound, wanted));
    }

    public static X509Certificate2 FromFile(string path, SecureString? password)
    {
        if (!File.Exists(path))
        {
            throw new ParameterValueException("CertificatePath", string.Format(CultureInfo.InvariantCulture, Messages.CertificateFileNotFound, path));
        }

        try
        {
            return WithPrivateKey(new X509Certificate2(path, password, X509KeyStorageFlags.DefaultKeySet), "CertificatePath");
        }
        catch (CryptographicException ex)
        {
            throw new ParameterValueException("CertificatePath", string.Format(CultureInfo.InvariantCulture, Messages.CertificateFileUnreadable, path, ex.Message));
        }
    }

    public static X509Certificate2 WithPrivateKey(X509Certificate2 certificate, string parameterName) =>
        certificate.HasPrivateKey
            ? certificate
            : throw new ParameterValueException(parameterName, string.Format(CultureInfo.InvariantCulture, Messages.CertificateWithoutPrivateKey, certificate.Thumbprint, certificate.Subject));
}
