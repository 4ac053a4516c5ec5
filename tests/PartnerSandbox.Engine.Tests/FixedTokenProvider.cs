using System;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Authentication;

namespace PartnerSandbox.Engine.Tests;

internal sealed class FixedTokenProvider : ITokenProvider
{
    public const string Token = "test-token-value";

    public string SignInKind => "Fixed";

    public string? Account => null;

    public DateTimeOffset? ExpiresOn => null;

    public int Calls { get; private set; }

    public Task<AccessToken> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromResult(new AccessToken(Token, DateTimeOffset.UtcNow.AddHours(1)));
    }

    public void Dispose()
    {
    }
}
