using System.Text.Json;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>
/// Knows the newest refresh token in MSAL's user cache. The service rotates refresh tokens; an unattended script must
/// store the new one back in its vault, and MSAL keeps it only inside its cache. <see cref="UserTokenCacheHooks"/>
/// shows it every state of the cache.
/// </summary>
internal sealed class RefreshTokenTracker
{
    private readonly object gate = new();
    private string? latest;

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

    /// <summary>Takes the refresh token from a cache serialized in MSAL's v3 format.</summary>
    public void Observe(byte[] serializedCache)
    {
        using var cache = JsonDocument.Parse(serializedCache);
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
