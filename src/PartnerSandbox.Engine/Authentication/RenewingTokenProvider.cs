using System;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>
/// Keeps the current token and renews it before it expires, once for all concurrent callers, so a run of hours on
/// one-hour tokens never sends an expired one. Renewal starts a quarter of the token's lifetime (at most five minutes)
/// before expiry. Subclasses only say how a token is acquired.
/// </summary>
internal abstract class RenewingTokenProvider : ITokenProvider
{
    private static readonly TimeSpan MaxRenewalMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim renewal = new(1, 1);
    private readonly Func<DateTimeOffset> now;
    private CurrentToken? current;

    protected RenewingTokenProvider(Func<DateTimeOffset>? clock)
    {
        now = clock ?? (() => DateTimeOffset.UtcNow);
    }

    public abstract string SignInKind { get; }

    /// <summary>The signed-in user for App+User modes; the application (client) id for app-only ones.</summary>
    public string? Account { get; protected set; }

    public DateTimeOffset? ExpiresOn => current?.Token.ExpiresOn;

    /// <summary>How many tokens were acquired; -Debug shows each acquisition.</summary>
    public int Acquisitions { get; private set; }

    public async Task<AccessToken> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var token = current;
        if (!forceRefresh && token is not null && !token.NeedsRenewal(now()))
        {
            return token.Token;
        }

        await renewal.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have renewed it while this one waited.
            if (current is not null && current != token && !current.NeedsRenewal(now()))
            {
                return current.Token;
            }

            var issuedAt = now();
            var acquired = await AcquireAsync(forceRefresh, cancellationToken).ConfigureAwait(false);
            Acquisitions++;
            current = new CurrentToken(acquired, issuedAt);
            EngineLog.Current?.Debug(string.Format(
                System.Globalization.CultureInfo.InvariantCulture, EngineMessages.TokenAcquired, SignInKind, Acquisitions, acquired.ExpiresOn, current.RenewAt));
            return acquired;
        }
        finally
        {
            renewal.Release();
        }
    }

    public virtual void Dispose() => renewal.Dispose();

    /// <summary>Gets a token from the sign-in service; <paramref name="forceRefresh"/> bypasses any cache.</summary>
    protected abstract Task<AccessToken> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken);

    private sealed class CurrentToken
    {
        public CurrentToken(AccessToken token, DateTimeOffset issuedAt)
        {
            Token = token;
            var lifetime = token.ExpiresOn - issuedAt;
            var margin = TimeSpan.FromTicks(Math.Min(MaxRenewalMargin.Ticks, Math.Max(0, lifetime.Ticks / 4)));
            RenewAt = token.ExpiresOn - margin;
        }

        public AccessToken Token { get; }

        public DateTimeOffset RenewAt { get; }

        public bool NeedsRenewal(DateTimeOffset at) => at >= RenewAt;
    }
}
