namespace PartnerSandbox.Commands;

/// <summary>Connect-PCSandbox's parameter set names, apart so that the cmdlet's file holds its parameters and its work.</summary>
public sealed partial class ConnectPCSandboxCommand
{
    /// <summary>The parameter set names: one per sign-in mode.</summary>
    internal static class Sets
    {
        public const string Interactive = "Interactive";
        public const string ClientSecret = "ClientSecret";
        public const string ServicePrincipalCredential = "ServicePrincipalCredential";
        public const string CertificateThumbprint = "CertificateThumbprint";
        public const string Certificate = "Certificate";
        public const string CertificateFile = "CertificateFile";
        public const string RefreshTokenWithClientSecret = "RefreshTokenWithClientSecret";
        public const string RefreshTokenWithCredential = "RefreshTokenWithCredential";
        public const string RefreshTokenWithCertificateThumbprint = "RefreshTokenWithCertificateThumbprint";
        public const string RefreshTokenWithCertificate = "RefreshTokenWithCertificate";
        public const string DeviceCode = "DeviceCode";
        public const string AccessToken = "AccessToken";
        public const string ManagedIdentity = "ManagedIdentity";
        public const string FederatedToken = "FederatedToken";
    }
}
