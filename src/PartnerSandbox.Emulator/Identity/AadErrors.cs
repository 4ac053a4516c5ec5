using Microsoft.AspNetCore.Http;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>The Entra ID errors the emulator gives, with Entra's real AADSTS codes and wording.</summary>
internal static class AadErrors
{
    public static AadError MissingParameter(string name) => new(
        StatusCodes.Status400BadRequest, "invalid_request", 900144,
        $"The request body must contain the following parameter: '{name}'.");

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
}
