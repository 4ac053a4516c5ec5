using System;
using System.Globalization;
using System.Net.Http;
using System.Security;
using PartnerSandbox.Engine.Connections;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>One way of signing in, chosen by the caller; it makes the token provider of a connection.</summary>
public sealed class SignInRequest
{
    private readonly Func<ConnectionSettings, HttpMessageHandler, ITokenProvider> createProvider;

    private SignInRequest(string? clientId, Func<ConnectionSettings, HttpMessageHandler, ITokenProvider> createProvider)
    {
        ClientId = clientId;
        this.createProvider = createProvider;
    }

    /// <summary>The application's client id; null for an access token whose application is not known.</summary>
    public string? ClientId { get; }

    /// <summary>App-only: client credentials with a secret or a certificate.</summary>
    public static SignInRequest AppOnly(string clientId, AppCredential credential) =>
        new(clientId, (settings, transport) => new ClientCredentialsTokenProvider(settings, clientId, credential, transport));

    /// <summary>App+User, unattended: a stored refresh token redeemed with the application's secret or certificate.</summary>
    public static SignInRequest RefreshToken(string clientId, AppCredential credential, SecureString refreshToken) =>
        new(clientId, (settings, transport) => new RefreshTokenProvider(settings, clientId, credential, refreshToken, transport));

    /// <summary>App+User with a device code; <paramref name="persistCache"/> keeps the user's tokens across sessions.</summary>
    public static SignInRequest DeviceCode(string clientId, bool persistCache, Action<string> showCode) =>
        new(clientId, (settings, transport) => new DeviceCodeTokenProvider(settings, clientId, transport, persistCache, showCode));

    /// <summary>App+User in the system browser; <paramref name="persistCache"/> keeps the user's tokens across sessions.</summary>
    public static SignInRequest Interactive(string clientId, BrowserEnvironment browser, bool persistCache) =>
        new(clientId, (settings, transport) => new InteractiveTokenProvider(settings, clientId, transport, browser, persistCache));

    /// <summary>
    /// App-only without a secret: the host's managed identity, trusted by the application as a federated identity
    /// credential, provides the client assertion. <paramref name="identityClientId"/> names a user-assigned identity;
    /// null means the system-assigned one.
    /// </summary>
    /// <exception cref="ConnectionArgumentException"><paramref name="identityClientId"/> is not a GUID.</exception>
    public static SignInRequest ManagedIdentity(string clientId, string? identityClientId)
    {
        if (identityClientId is not null && !Guid.TryParse(identityClientId, out _))
        {
            throw new ConnectionArgumentException(
                ConnectionSetting.IdentityClientId, string.Format(CultureInfo.InvariantCulture, EngineMessages.IdentityClientIdNotGuid, identityClientId));
        }

        return new(clientId, (settings, transport) => new FederatedCredentialTokenProvider(
            settings, clientId, http => new ManagedIdentityAssertion(identityClientId, TokenExchangeAudience.For(settings), http), transport));
    }

    /// <summary>App-only with a federated token the caller was given (a CI job's OIDC token); the module cannot get a new one.</summary>
    /// <exception cref="ConnectionArgumentException">The token is not a JWT.</exception>
    public static SignInRequest FederatedToken(string clientId, SecureString federatedToken)
    {
        var assertion = new FederatedTokenAssertion(federatedToken);
        return new(clientId, (settings, transport) => new FederatedCredentialTokenProvider(settings, clientId, _ => assertion, transport));
    }

    /// <summary>A token obtained elsewhere; never renewed.</summary>
    public static SignInRequest WithAccessToken(SecureString accessToken, string? clientId) =>
        new(clientId, (_, _) => new AccessTokenProvider(accessToken));

    internal ITokenProvider CreateProvider(ConnectionSettings settings, HttpMessageHandler transport) => createProvider(settings, transport);
}
