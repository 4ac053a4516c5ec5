using System;

namespace PartnerSandbox.Emulator.Tests.Infrastructure;

/// <summary>The secretless part of tests/seeds/test.json: the partners' managed identities and what trusts them.</summary>
internal static class FederationSeed
{
    /// <summary>The sandbox host's system-assigned identity; the sandbox app trusts it.</summary>
    public static readonly Guid SystemAssignedClient = Guid.Parse("3b000000-0000-0000-0000-000000000001");
    public static readonly Guid SystemAssignedPrincipal = Guid.Parse("3a000000-0000-0000-0000-000000000001");

    /// <summary>A user-assigned identity the sandbox app trusts.</summary>
    public static readonly Guid UserAssignedClient = Guid.Parse("3b000000-0000-0000-0000-000000000002");
    public static readonly Guid UserAssignedPrincipal = Guid.Parse("3a000000-0000-0000-0000-000000000002");

    /// <summary>A user-assigned identity no app trusts.</summary>
    public static readonly Guid UntrustedClient = Guid.Parse("3b000000-0000-0000-0000-000000000003");
    public static readonly Guid UntrustedPrincipal = Guid.Parse("3a000000-0000-0000-0000-000000000003");

    public const string TokenExchangeAudience = "api://AzureADTokenExchange";
}
