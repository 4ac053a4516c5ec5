using System;
using Microsoft.AspNetCore.Http;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>The Entra ID errors the emulator gives, with Entra's real AADSTS codes and wording.</summary>
internal static class AadErrors
{
    private const string FederationHelp = "https://docs.microsoft.com/en-us/azure/active-directory/develop/workload-identity-federation";

    public static AadError MissingParameter(string name) => new(
        StatusCodes.Status400BadRequest, "invalid_request", 900144,
        $"The request body must contain the following parameter: '{name}'.");

    /// <remarks>
    /// Entra documents no answer to an oversized request; AADSTS90015 (QueryStringTooLong) is its closest
    /// documented code. The shape and the 413 are what a client must cope with.
    /// </remarks>
    public static AadError RequestTooLarge(int maxBytes) => new(
        StatusCodes.Status413PayloadTooLarge, "invalid_request", 90015,
        $"The request is too large: a sign-in request's form may be at most {maxBytes} bytes.");

    public static AadError UnsupportedGrantType(string grantType) => new(
        StatusCodes.Status400BadRequest, "unsupported_grant_type", 70003,
        $"The app requested an unsupported grant type '{grantType}'.");

    /// <param name="error">Entra says <c>invalid_request</c> at the token endpoint and <c>invalid_tenant</c> in discovery.</param>
    public static AadError TenantNotFound(string tenant, string error) => new(
        StatusCodes.Status400BadRequest, error, 90002,
        $"Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.");

    public static AadError ApplicationNotFound(string clientId, string tenant) => new(
        StatusCodes.Status400BadRequest, "unauthorized_client", 700016,
        $"Application with identifier '{clientId}' was not found in the directory '{tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.");

    public static AadError MissingClientCredential() => new(
        StatusCodes.Status401Unauthorized, "invalid_client", 7000216,
        "'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type.");

    public static AadError InvalidClientSecret(string clientId) => new(
        StatusCodes.Status401Unauthorized, "invalid_client", 7000215,
        $"Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{clientId}'.");

    public static AadError ScopeWithoutDefaultSuffix(string scope) => new(
        StatusCodes.Status400BadRequest, "invalid_scope", 1002012,
        $"The provided value for scope {scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).");

    public static AadError InvalidScope(string scope) => new(
        StatusCodes.Status400BadRequest, "invalid_scope", 70011,
        $"The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid. The scope {scope} is not valid.");

    public static AadError MissingCredentialOfConfidentialClient() => new(
        StatusCodes.Status401Unauthorized, "invalid_client", 7000218,
        "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");

    /// <remarks>Entra gives this when an app without "Allow public client flows" starts a device-code sign-in.</remarks>
    public static AadError PublicClientFlowsNotAllowed(string clientId) => new(
        StatusCodes.Status400BadRequest, "invalid_client", 7000218,
        $"The request body must contain the following parameter: 'client_assertion' or 'client_secret'. Application '{clientId}' does not allow public client flows (allowPublicClient).");

    public static AadError UnsupportedClientAssertionType(string assertionType) => new(
        StatusCodes.Status400BadRequest, "invalid_request", 70002,
        $"The client_assertion_type '{assertionType}' is not supported; use 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'.");

    public static AadError MalformedClientAssertion(string problem) => new(
        StatusCodes.Status401Unauthorized, "invalid_client", 50027,
        $"JWT token is invalid or malformed: {problem}");

    public static AadError ClientAssertionKeyNotFound(string thumbprint, string clientId) => new(
        StatusCodes.Status401Unauthorized, "invalid_client", 700027,
        $"Client assertion contains an invalid signature. [Reason - The key was not found., Thumbprint of key used by client: '{thumbprint}', Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '{clientId}'.]");

    public static AadError ClientAssertionInvalidSignature(string thumbprint) => new(
        StatusCodes.Status401Unauthorized, "invalid_client", 700027,
        $"Client assertion contains an invalid signature. [Reason - The provided signature value did not match the expected signature value., Thumbprint of key used by client: '{thumbprint}']");

    public static AadError ClientAssertionOutsideValidTime(string problem) => new(
        StatusCodes.Status401Unauthorized, "invalid_client", 700024,
        $"Client assertion is not within its valid time range. {problem}");

    public static AadError ClientAssertionWrongAudience(string tokenEndpoint) => new(
        StatusCodes.Status401Unauthorized, "invalid_client", 50027,
        $"JWT token is invalid or malformed: the client assertion's audience must be '{tokenEndpoint}'.");

    public static AadError ClientAssertionSubjectMismatch() => new(
        StatusCodes.Status401Unauthorized, "invalid_client", 700021,
        "Client assertion application identifier doesn't match 'client_id' parameter: 'iss' and 'sub' must both be the client id.");

    /// <remarks>Entra's answer when the app has no federated identity credential at all.</remarks>
    public static AadError NoMatchingFederatedCredential(string issuer, string subject, string audience) => new(
        StatusCodes.Status401Unauthorized, "invalid_client", 70021,
        $"No matching federated identity record found for presented assertion. Assertion Issuer: '{issuer}'. Assertion Subject: '{subject}'. Assertion Audience: '{audience}'. {FederationHelp}");

    public static AadError FederatedIssuerNotMatched(string issuer) => FederatedPartNotMatched(700211, $"issuer '{issuer}'");

    public static AadError FederatedSubjectNotMatched(string subject) => FederatedPartNotMatched(700213, $"subject '{subject}'");

    public static AadError FederatedAudienceNotMatched(string audience) => FederatedPartNotMatched(700212, $"audience '{audience}'");

    public static AadError FederatedSigningKeyNotFound(string keyId, string issuer) => new(
        StatusCodes.Status401Unauthorized, "invalid_client", 7000272,
        $"The certificate with identifier {keyId} used to sign the federated credential could not be found in the metadata of identity provider {issuer}. Please validate that your Identity Provider's metadata exposes the key used to sign the incoming token.");

    public static AadError FederatedSignatureInvalid() => new(
        StatusCodes.Status401Unauthorized, "invalid_client", 50013,
        "Assertion failed signature validation. [Reason - Key was found, but use of the key to verify the signature failed.]");

    /// <remarks>The issuer's OpenID configuration or keys could not be read; what went wrong follows Entra's sentence.</remarks>
    public static AadError ExternalOidcEndpointFailed(string problem) => new(
        StatusCodes.Status400BadRequest, "invalid_request", 90061,
        $"Request to External OIDC endpoint failed. {problem}");

    public static AadError InvalidGrant(string problem) => new(
        StatusCodes.Status400BadRequest, "invalid_grant", 70000,
        $"Provided grant is invalid or malformed. {problem}");

    public static AadError RefreshTokenExpiredByInactivity(DateTimeOffset issuedAt, TimeSpan maxInactivity) => new(
        StatusCodes.Status400BadRequest, "invalid_grant", 700082,
        $"The refresh token has expired due to inactivity. The token was issued on {issuedAt.UtcDateTime:O} and was inactive for {maxInactivity:c}.");

    public static AadError RefreshTokenRevoked(DateTimeOffset issuedAt) => new(
        StatusCodes.Status400BadRequest, "invalid_grant", 50173,
        $"The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password. The grant was issued on '{issuedAt.UtcDateTime:O}'.");

    /// <summary>What partners' refresh tokens get once MFA is enforced on a user who signed in without it (Partner-Center-PowerShell#259).</summary>
    public static AadError MfaRequiredByConditionalAccess(string resource) => new(
        StatusCodes.Status400BadRequest, "interaction_required", 50076,
        $"Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '{resource}'.");

    public static AadError UserNotFound(string tenant) => new(
        StatusCodes.Status400BadRequest, "invalid_grant", 50034,
        $"The user account does not exist in the '{tenant}' directory. To sign into this application, the account must be added to the directory.");

    public static AadError InvalidDelegatedScope(string scope) => new(
        StatusCodes.Status400BadRequest, "invalid_scope", 70011,
        $"The provided value for the input parameter 'scope' is not valid. The scope {scope} is not valid: ask for one resource's user_impersonation or .default scope (openid, profile and offline_access may be added).");

    public static AadError AuthorizationPending() => new(
        StatusCodes.Status400BadRequest, "authorization_pending", 70016,
        "OAuth 2.0 device flow error. Authorization is pending. Continue polling.");

    public static AadError AuthorizationDeclined() => new(
        StatusCodes.Status400BadRequest, "authorization_declined", 70000,
        "The user declined the device-code sign-in.");

    public static AadError DeviceCodeExpired() => new(
        StatusCodes.Status400BadRequest, "expired_token", 70019,
        "Verification code expired. Have the user retry the sign-in.");

    public static AadError UnknownDeviceCode() => new(
        StatusCodes.Status400BadRequest, "bad_verification_code", 70018,
        "The device_code was not recognized.");

    private static AadError FederatedPartNotMatched(int code, string part) => new(
        StatusCodes.Status401Unauthorized, "invalid_client", code,
        $"No matching federated identity record found for presented assertion {part}. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. {FederationHelp}");
}
