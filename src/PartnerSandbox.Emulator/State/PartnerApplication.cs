using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace PartnerSandbox.Emulator.State;

/// <summary>
/// An app registration in a partner tenant. Its credentials are a client secret, certificates, federated identity
/// credentials, or several of them; a public client (<see cref="AllowPublicClient"/>) may also sign users in with no
/// credential at all.
/// </summary>
public sealed class PartnerApplication
{
    private readonly byte[]? secretHash;
    private ImmutableArray<ApplicationCertificate> certificates;
    private ImmutableArray<FederatedIdentityCredential> federatedCredentials;

    internal PartnerApplication(
        Guid clientId,
        string? clientSecret,
        string name,
        IReadOnlyList<ApplicationCertificate>? certificates = null,
        bool allowPublicClient = false,
        IReadOnlyList<FederatedIdentityCredential>? federatedCredentials = null)
    {
        ClientId = clientId;
        ClientSecret = clientSecret;
        Name = name;
        AllowPublicClient = allowPublicClient;
        secretHash = clientSecret is null ? null : Hash(clientSecret);
        this.certificates = [.. certificates ?? []];
        this.federatedCredentials = [.. federatedCredentials ?? []];
    }

    public Guid ClientId { get; }

    /// <summary>The seeded secret, if the app has one, so tests and the start-up banner can hand it to a client.</summary>
    public string? ClientSecret { get; }

    public string Name { get; }

    /// <summary>Entra's "Allow public client flows": the device-code grant, and refresh tokens redeemed without a credential.</summary>
    public bool AllowPublicClient { get; }

    /// <summary>The seeded certificates and those registered at run time (admin API), oldest first.</summary>
    public IReadOnlyList<ApplicationCertificate> Certificates => certificates;

    /// <summary>The seeded federated identity credentials and those added at run time (admin API), oldest first.</summary>
    public IReadOnlyList<FederatedIdentityCredential> FederatedCredentials => federatedCredentials;

    /// <summary>
    /// Compares in constant time. Both sides are hashed first so that neither the content nor the
    /// length of the real secret leaks through timing. An app without a secret matches none.
    /// </summary>
    internal bool SecretMatches(string presentedSecret) =>
        secretHash is not null && CryptographicOperations.FixedTimeEquals(secretHash, Hash(presentedSecret));

    /// <summary>Registers one more certificate; one already registered is not added twice. Safe to call while assertions are checked.</summary>
    internal void AddCertificate(ApplicationCertificate certificate) =>
        ImmutableInterlocked.Update(ref certificates, current =>
            current.Any(known => known.IsNamedBy(certificate.Sha1Thumbprint, null)) ? current : current.Add(certificate));

    /// <summary>Adds a federated identity credential; one of the same name is replaced, as names are unique in an app. Safe to call while assertions are checked.</summary>
    internal void AddFederatedCredential(FederatedIdentityCredential credential) =>
        ImmutableInterlocked.Update(ref federatedCredentials, current =>
            current.RemoveAll(known => string.Equals(known.Name, credential.Name, StringComparison.Ordinal)).Add(credential));

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
