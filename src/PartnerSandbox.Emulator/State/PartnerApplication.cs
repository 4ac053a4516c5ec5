using System;
using System.Security.Cryptography;
using System.Text;

namespace PartnerSandbox.Emulator.State;

/// <summary>An app registration in a partner tenant that may get app-only tokens with a client secret.</summary>
public sealed class PartnerApplication
{
    private readonly byte[] _secretHash;

    internal PartnerApplication(Guid clientId, string clientSecret, string name)
    {
        ClientId = clientId;
        ClientSecret = clientSecret;
        Name = name;
        _secretHash = SHA256.HashData(Encoding.UTF8.GetBytes(clientSecret));
    }

    public Guid ClientId { get; }

    /// <summary>The seeded secret, so tests and the start-up banner can hand it to a client.</summary>
    public string ClientSecret { get; }

    public string Name { get; }

    /// <summary>
    /// Compares in constant time. Both sides are hashed first so that neither the content nor the
    /// length of the real secret leaks through timing.
    /// </summary>
    internal bool SecretMatches(string presentedSecret) =>
        CryptographicOperations.FixedTimeEquals(_secretHash, SHA256.HashData(Encoding.UTF8.GetBytes(presentedSecret)));
}
