using Microsoft.Identity.Client;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>
/// The one pair of notifications on MSAL's user token cache. MSAL keeps a single before-access and a single
/// after-access callback, so the refresh-token tracker and the optional persistent cache share these two instead of
/// each setting its own (the second would silently replace the first).
/// </summary>
internal sealed class UserTokenCacheHooks
{
    private readonly RefreshTokenTracker refreshTokens;
    private volatile PersistentTokenCache? persistence;

    public UserTokenCacheHooks(ITokenCache userCache, RefreshTokenTracker refreshTokens)
    {
        this.refreshTokens = refreshTokens;
        userCache.SetBeforeAccess(BeforeAccess);
        userCache.SetAfterAccess(AfterAccess);
    }

    /// <summary>Where the cache is also kept across sessions (-PersistTokenCache); null keeps it in memory only.</summary>
    public PersistentTokenCache? Persistence
    {
        get => persistence;
        set => persistence = value;
    }

    private void BeforeAccess(TokenCacheNotificationArgs args)
    {
        if (Persistence is { } persistence)
        {
            var stored = persistence.Load();
            args.TokenCache.DeserializeMsalV3(stored, shouldClearExistingCache: true);
            // A sign-in served from the stored cache changes nothing in it, so its refresh token is taken here.
            if (stored.Length > 0)
            {
                refreshTokens.Observe(stored);
            }
        }
    }

    private void AfterAccess(TokenCacheNotificationArgs args)
    {
        if (!args.HasStateChanged)
        {
            return;
        }

        var serialized = args.TokenCache.SerializeMsalV3();
        Persistence?.Save(serialized);
        refreshTokens.Observe(serialized);
    }
}
