using System;
using System.Security.Cryptography;
using System.Text;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>
/// What a runbook host (Azure Automation, App Service) gives the code it runs: <c>IDENTITY_ENDPOINT</c>, a plain-HTTP
/// loopback URL, and <c>IDENTITY_HEADER</c>, a secret made at every start that each request must carry in
/// <c>X-IDENTITY-HEADER</c> (it keeps other local processes and forged requests out, as the real host's does).
/// The endpoint listens on its own port, known only once Kestrel has bound it.
/// </summary>
internal sealed class ManagedIdentityHost
{
    private readonly byte[] headerHash;
    private string? origin;

    public ManagedIdentityHost()
    {
        Header = OpaqueCredential.Create(24);
        headerHash = SHA256.HashData(Encoding.UTF8.GetBytes(Header));
    }

    /// <summary>The value of <c>IDENTITY_HEADER</c>. The emulator's own throw-away value, printed in the start-up banner.</summary>
    public string Header { get; }

    public void Set(Uri boundAddress) => origin = boundAddress.GetLeftPart(UriPartial.Authority);

    /// <summary>The value of <c>IDENTITY_ENDPOINT</c> for the runbook host of a partner tenant.</summary>
    public Uri EndpointFor(Guid tenantId) =>
        new($"{origin ?? throw new InvalidOperationException("The managed-identity endpoint has not started listening yet.")}/{tenantId}/msi/token");

    /// <summary>Compares in constant time, both sides hashed so that not even the length leaks.</summary>
    public bool HeaderMatches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(headerHash, SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
