using System;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>
/// Where the client assertion of a federated identity credential comes from: a token that another issuer (a managed
/// identity, a CI system) made for the token exchange (<see cref="TokenExchangeAudience"/>), which the application
/// presents instead of a secret.
/// </summary>
internal abstract class ClientAssertionSource : IDisposable
{
    /// <summary>How the connection signed in, e.g. "ManagedIdentity".</summary>
    public abstract string Kind { get; }

    /// <summary>An assertion for MSAL to send; asked for only when MSAL goes to the token endpoint.</summary>
    public abstract Task<string> GetAssertionAsync(CancellationToken cancellationToken);

    /// <summary>The mode's own account of a sign-in failure, when it has a better one than the service's; null keeps the service's.</summary>
    public virtual PartnerCenterException? Explain(PartnerCenterException failure) => null;

    public virtual void Dispose()
    {
    }
}
