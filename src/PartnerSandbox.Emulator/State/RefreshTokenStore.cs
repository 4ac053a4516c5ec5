using System;
using System.Collections.Generic;
using System.Threading;
using PartnerSandbox.Emulator.Knobs;

namespace PartnerSandbox.Emulator.State;

/// <summary>
/// The refresh tokens of the Secure Application Model. A token is an opaque random string; only its
/// hash is kept. Redeeming one gives a new one (rotation); the old one stays valid, as Entra's do, unless the
/// refresh-token-reuse knob says each is good for one redemption. A token not redeemed within
/// <see cref="MaxInactivity"/> of its issue, by the virtual clock, has expired.
/// Spent and revoked tokens are remembered so that their use gets the right error.
/// </summary>
internal sealed class RefreshTokenStore(TimeProvider clock)
{
    public static readonly TimeSpan MaxInactivity = TimeSpan.FromDays(90);

    private readonly Lock gate = new();
    private readonly Dictionary<string, IssuedRefreshToken> byHash = new(StringComparer.Ordinal);

    public string Issue(UserSignIn signIn)
    {
        var token = OpaqueCredential.Create(64);
        lock (gate)
        {
            byHash[OpaqueCredential.Hash(token)] = new IssuedRefreshToken(signIn, clock.GetUtcNow());
        }

        return token;
    }

    /// <summary>
    /// Spends the token if it is live and was issued to this app of this tenant. A token shown by
    /// another app or tenant stays unspent: presenting it proves nothing about its rightful holder;
    /// nor is one spent whose sign-in must first be stepped up (<paramref name="needsInteraction"/>).
    /// </summary>
    public RefreshTokenRedemption Redeem(string token, Guid tenantId, Guid clientId, RefreshTokenReuse reuse, Predicate<UserSignIn> needsInteraction)
    {
        lock (gate)
        {
            if (!byHash.TryGetValue(OpaqueCredential.Hash(token), out var issued))
            {
                return RefreshTokenRedemption.Failed(RefreshTokenFailure.Unknown);
            }

            var failure = issued switch
            {
                { Revoked: true } => RefreshTokenFailure.Revoked,
                { Spent: true } when reuse == RefreshTokenReuse.Reject => RefreshTokenFailure.AlreadyUsed,
                _ when clock.GetUtcNow() - issued.IssuedAt > MaxInactivity => RefreshTokenFailure.ExpiredByInactivity,
                _ when issued.SignIn.TenantId != tenantId || issued.SignIn.ClientId != clientId => RefreshTokenFailure.Unknown,
                _ when needsInteraction(issued.SignIn) => RefreshTokenFailure.InteractionRequired,
                _ => (RefreshTokenFailure?)null,
            };
            if (failure is { } known)
            {
                return RefreshTokenRedemption.Failed(known, issued.IssuedAt);
            }

            issued.Spent = true;
            return new RefreshTokenRedemption(issued.SignIn, null, issued.IssuedAt);
        }
    }

    /// <summary>Revokes every refresh token of a user in a tenant, as a password reset or a session revocation does.</summary>
    public void RevokeAll(Guid tenantId, Guid userObjectId)
    {
        lock (gate)
        {
            foreach (var issued in byHash.Values)
            {
                if (issued.SignIn.TenantId == tenantId && issued.SignIn.User.ObjectId == userObjectId)
                {
                    issued.Revoked = true;
                }
            }
        }
    }


    /// <summary>Changed only under the store's lock.</summary>
    private sealed class IssuedRefreshToken(UserSignIn signIn, DateTimeOffset issuedAt)
    {
        public UserSignIn SignIn { get; } = signIn;

        public DateTimeOffset IssuedAt { get; } = issuedAt;

        public bool Spent { get; set; }

        public bool Revoked { get; set; }
    }
}

internal enum RefreshTokenFailure
{
    Unknown,
    AlreadyUsed,
    Revoked,
    ExpiredByInactivity,

    /// <summary>The user must now sign in with MFA, which the token's sign-in did not do.</summary>
    InteractionRequired,
}

/// <summary>The sign-in a redeemed refresh token carried on, or why it could not be redeemed.</summary>
internal sealed record RefreshTokenRedemption(UserSignIn? SignIn, RefreshTokenFailure? Failure, DateTimeOffset IssuedAt)
{
    public static RefreshTokenRedemption Failed(RefreshTokenFailure failure, DateTimeOffset issuedAt = default) => new(null, failure, issuedAt);
}
