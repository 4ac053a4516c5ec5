using System.Collections.Generic;
using System.Management.Automation;

namespace PartnerSandbox.Errors;

/// <summary>What the sign-in service's codes mean: Entra ID's AADSTS numbers, and the OAuth error codes MSAL reports for the device-code flow.</summary>
internal static class EntraIdErrors
{
    public static readonly Dictionary<string, ErrorKind> ByCode = new()
    {
        ["7000215"] = new("InvalidClientSecret", ErrorCategory.AuthenticationError, Messages.InvalidClientSecretAction),
        ["7000222"] = new("ClientSecretExpired", ErrorCategory.AuthenticationError, Messages.ClientSecretExpiredAction),
        ["90002"] = new("TenantNotFound", ErrorCategory.AuthenticationError, Messages.TenantNotFoundAction),
        ["700016"] = new("ClientNotFound", ErrorCategory.AuthenticationError, Messages.ClientNotFoundAction),
        ["7000218"] = new("PublicClientNotAllowed", ErrorCategory.AuthenticationError, Messages.PublicClientNotAllowedAction),
        ["700027"] = new("InvalidClientCertificate", ErrorCategory.AuthenticationError, Messages.InvalidClientCertificateAction),
        ["700024"] = new("ClientAssertionExpired", ErrorCategory.AuthenticationError, Messages.ClientAssertionExpiredAction),
        ["70000"] = new("RefreshTokenInvalid", ErrorCategory.AuthenticationError, Messages.RefreshTokenInvalidAction),
        ["700082"] = new("RefreshTokenExpired", ErrorCategory.AuthenticationError, Messages.RefreshTokenExpiredAction),
        ["50076"] = ErrorKinds.MfaRequiredBySignIn,
        ["interaction_required"] = ErrorKinds.MfaRequiredBySignIn,
        ["50173"] = new("RefreshTokenRevoked", ErrorCategory.AuthenticationError, Messages.RefreshTokenRevokedAction),
        ["authorization_declined"] = new("DeviceCodeDeclined", ErrorCategory.AuthenticationError, Messages.DeviceCodeDeclinedAction),
        ["code_expired"] = new("DeviceCodeExpired", ErrorCategory.OperationTimeout, Messages.DeviceCodeExpiredAction),

        // Federated identity credentials (-Identity, -FederatedToken): the app registration must trust the token's issuer, subject and audience.
        ["70021"] = new("FederatedCredentialNotFound", ErrorCategory.AuthenticationError, Messages.FederatedCredentialNotFoundAction),
        ["700211"] = new("FederatedIssuerNotTrusted", ErrorCategory.AuthenticationError, Messages.FederatedIssuerNotTrustedAction),
        ["700213"] = new("FederatedSubjectMismatch", ErrorCategory.AuthenticationError, Messages.FederatedSubjectMismatchAction),
        ["700212"] = new("FederatedAudienceMismatch", ErrorCategory.AuthenticationError, Messages.FederatedAudienceMismatchAction),
        ["7000272"] = new("FederatedTokenSigningKeyNotFound", ErrorCategory.AuthenticationError, Messages.FederatedTokenSigningKeyNotFoundAction),
        ["50013"] = new("FederatedTokenSignatureInvalid", ErrorCategory.AuthenticationError, Messages.FederatedTokenSignatureInvalidAction),
        ["90061"] = new("FederatedIssuerUnreachable", ErrorCategory.ConnectionError, Messages.FederatedIssuerUnreachableAction),
    };
}
