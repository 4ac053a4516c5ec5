using System;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>Gives the current token of a connection, renewing it silently when it is near its expiry.</summary>
public interface ITokenProvider : IDisposable
{
    /// <summary>How the connection signed in, e.g. "ClientSecret".</summary>
    string SignInKind { get; }

    /// <summary>
    /// Who the tokens are for, as Az.Accounts shows an account: the signed-in user for App+User modes, the
    /// application (client) id for app-only ones (a service principal); null when it is not known.
    /// </summary>
    string? Account { get; }

    /// <summary>When the current token expires; null before the first one, or when it is not known.</summary>
    DateTimeOffset? ExpiresOn { get; }

    Task<AccessToken> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}
