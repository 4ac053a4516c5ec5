namespace PartnerSandbox.Emulator.Identity;

/// <summary>
/// A successful token response. App-only answers carry just the access token; user sign-ins add the
/// scope, a rotated refresh token, an id token and MSAL's <c>client_info</c>.
/// </summary>
internal sealed record TokenResponseJson(
    string TokenType,
    int ExpiresIn,
    int ExtExpiresIn,
    string AccessToken,
    string? Scope = null,
    string? RefreshToken = null,
    string? IdToken = null,
    string? ClientInfo = null);
