using System;
using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>
/// Whose clock a federated token's lifetime is read by: the emulator's virtual clock for its own managed-identity
/// tokens (it made them by that clock), the real clock for another issuer's (which signs by its own). Its own fixture,
/// because it moves the clock.
/// </summary>
public sealed class FederatedTokenLifetimeTests : IAsyncLifetime
{
    private const string CiSubject = "repo:fabrikam/sandbox-cleanup:ref:refs/heads/main";

    private readonly EmulatorFixture emulator = new();

    public Task InitializeAsync() => emulator.InitializeAsync();

    public Task DisposeAsync() => emulator.DisposeAsync();

    [Fact]
    public async Task After_the_clock_moves_an_earlier_managed_identity_token_is_expired_a_fresh_one_and_a_real_clock_ci_token_are_not()
    {
        using var issuer = await TestIssuer.RegisterAsync(emulator);
        await emulator.TrustAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, issuer.Url, CiSubject);
        var earlier = await emulator.ManagedIdentityTokenAsync(TestSeed.SandboxTenant);
        using (var moved = await emulator.AdminAsync(HttpMethod.Post, "/clock", """{"advanceDays": 1}"""))
        {
            Assert.Equal(200, (int)moved.StatusCode);
        }

        using var stale = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, earlier);
        using var fresh = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, await emulator.ManagedIdentityTokenAsync(TestSeed.SandboxTenant));
        using var ci = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, issuer.Sign(CiSubject));

        var (_, code, description) = await IdentityClient.ReadAadErrorAsync(stale, 401);
        Assert.Equal(700024, code);
        Assert.Contains("Client assertion is not within its valid time range. Current time:", description, StringComparison.Ordinal);
        Assert.Equal(200, (int)fresh.StatusCode);
        Assert.Equal(200, (int)ci.StatusCode);
    }
}
