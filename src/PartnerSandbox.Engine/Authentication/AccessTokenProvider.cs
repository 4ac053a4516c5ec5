using System;
using System.Globalization;
using System.Security;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>
/// A token obtained elsewhere. It cannot be renewed: once it has expired (or the service refuses it) every call
/// fails with an error that says which sign-in mode to use instead.
/// </summary>
internal sealed class AccessTokenProvider : ITokenProvider
{
    private readonly AccessToken token;
    private readonly Func<DateTimeOffset> now;

    public AccessTokenProvider(SecureString accessToken, Func<DateTimeOffset>? clock = null)
    {
        var value = SecureStrings.Reveal(accessToken);
        token = new AccessToken(value, UnverifiedJwt.ReadExpiry(value) ?? DateTimeOffset.MaxValue);
        Account = UnverifiedJwt.ReadAccount(value);
        now = clock ?? (() => DateTimeOffset.UtcNow);
    }

    public string SignInKind => "AccessToken";

    /// <summary>Whom the caller's token names (its user, else its application); null for a token that is not a JWT.</summary>
    public string? Account { get; }

    public DateTimeOffset? ExpiresOn => token.ExpiresOn == DateTimeOffset.MaxValue ? null : token.ExpiresOn;

    public Task<AccessToken> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (forceRefresh || now() >= token.ExpiresOn)
        {
            var expiry = token.ExpiresOn == DateTimeOffset.MaxValue ? "was refused" : "expired at " + token.ExpiresOn.ToString("u", CultureInfo.InvariantCulture);
            throw new PartnerCenterException(PartnerCenterFailure.AccessTokenExpired, string.Format(CultureInfo.InvariantCulture, EngineMessages.AccessTokenExpired, expiry));
        }

        return Task.FromResult(token);
    }

    public void Dispose()
    {
    }
}
