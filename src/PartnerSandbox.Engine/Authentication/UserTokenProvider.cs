using System;
using System.Linq;
using System.Net.Http;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using PartnerSandbox.Engine.Connections;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>
/// App+User sign-in: the first token comes from the mode's own flow (a stored refresh token, a device code, a
/// browser); every later one silently from MSAL's cache, which redeems and rotates the refresh token as needed.
/// </summary>
internal abstract class UserTokenProvider : MsalTokenProvider
{
    private readonly RefreshTokenTracker refreshTokens = new();
    private readonly UserTokenCacheHooks cacheHooks;
    private readonly bool persistCache;
    private IAccount? account;

    protected UserTokenProvider(ConnectionSettings settings, HttpMessageHandler transport, Func<HttpClient, IClientApplicationBase> createApplication, bool persistCache = false)
        : base(settings, transport)
    {
        this.persistCache = persistCache;
        Scopes = new[] { settings.Audience + "/user_impersonation" };
        Application = createApplication(SignInHttp);
        cacheHooks = new UserTokenCacheHooks(Application.UserTokenCache, refreshTokens);
    }

    protected IClientApplicationBase Application { get; }

    protected string[] Scopes { get; }

    /// <summary>The scopes this mode asks for (the environment's delegated scope).</summary>
    internal System.Collections.Generic.IReadOnlyList<string> RequestedScopes => Scopes;

    /// <summary>The newest refresh token (it changes as the service rotates it), for the caller to store back.</summary>
    public SecureString? CurrentRefreshToken => refreshTokens.Latest is string token ? SecureStrings.Seal(token) : null;

    /// <summary>Deletes the persistent token cache, if this connection used one (Disconnect-PCSandbox).</summary>
    public void ForgetPersistedTokens()
    {
        var persisted = cacheHooks.Persistence;
        cacheHooks.Persistence = null;
        persisted?.Clear();
    }

    protected sealed override async Task<AccessToken> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (persistCache && cacheHooks.Persistence is null)
        {
            cacheHooks.Persistence = await PersistentTokenCache.OpenAsync().ConfigureAwait(false);
            // A user who signed in before is signed in silently from the persisted cache.
            account = (await Application.GetAccountsAsync().ConfigureAwait(false)).FirstOrDefault();
        }

        var result = account is null
            ? await RunMsal(() => AcquireFirstAsync(cancellationToken)).ConfigureAwait(false)
            : await RunMsal(() => Application.AcquireTokenSilent(Scopes, account).WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken)).ConfigureAwait(false);
        account = result.Account ?? (await Application.GetAccountsAsync().ConfigureAwait(false)).FirstOrDefault();
        Account = account?.Username;
        return new AccessToken(result.AccessToken, result.ExpiresOn);
    }

    /// <summary>The mode's own flow, used for the first token only.</summary>
    protected abstract Task<AuthenticationResult> AcquireFirstAsync(CancellationToken cancellationToken);
}
