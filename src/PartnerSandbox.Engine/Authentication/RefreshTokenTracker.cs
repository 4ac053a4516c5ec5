using System.Text.Json;
using Microsoft.Identity.Client;

namespace PartnerSandbox.Engine.Authentication
{
    /// <summary>
    /// Follows MSAL's in-memory user cache to know the newest refresh token. The service rotates refresh tokens; an
    /// unattended script must store the new one back in its vault, and MSAL keeps it only inside its cache.
    /// </summary>
    internal sealed class RefreshTokenTracker
    {
        private readonly object gate = new();
        private string? latest;

        public RefreshTokenTracker(ITokenCache userCache)
        {
            userCache.SetAfterAccess(OnAfterAccess);
        }

        public string? Latest
        {
            get
            {
                lock (gate)
                {
                    return latest;
                }
            }
        }

        private void OnAfterAccess(TokenCacheNotificationArgs args)
        {
            if (!args.HasStateChanged)
            {
                return;
            }

            using var cache = JsonDocument.Parse(args.TokenCache.SerializeMsalV3());
            if (!cache.RootElement.TryGetProperty("RefreshToken", out var refreshTokens))
            {
                return;
            }

            foreach (var entry in refreshTokens.EnumerateObject())
            {
                if (entry.Value.TryGetProperty("secret", out var secret))
                {
                    lock (gate)
                    {
                        latest = secret.GetString();
                    }
                }
            }
        }
    }
}
