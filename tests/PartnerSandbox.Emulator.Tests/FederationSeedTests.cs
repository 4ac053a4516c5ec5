using System;
using System.IO;
using System.Linq;
using PartnerSandbox.Emulator.Seeding;
using PartnerSandbox.Emulator.State;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>Seeds with managed identities and federated identity credentials: defaults, Entra's rules, and the state file.</summary>
public sealed class FederationSeedTests : IDisposable
{
    private const string Tenant = "11111111-1111-1111-1111-111111111111";
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly string folder = Directory.CreateTempSubdirectory("federation-seed-tests-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_test_seed_has_its_identities_and_the_credentials_that_trust_them()
    {
        var partner = SeedLoader.Load([TestSeed.Path], Now).FindPartner(TestSeed.SandboxTenant)!;

        var systemAssigned = Assert.Single(partner.ManagedIdentities, identity => identity.Kind == ManagedIdentityKind.SystemAssigned);
        Assert.Equal((FederationSeed.SystemAssignedClient, FederationSeed.SystemAssignedPrincipal), (systemAssigned.ClientId, systemAssigned.PrincipalId));
        var credential = partner.FindApplication(TestSeed.SandboxClient)!.FederatedCredentials[0];
        Assert.Equal(new FederatedIdentityCredential("automation-account", null, FederationSeed.SystemAssignedPrincipal.ToString(), credential.Audiences), credential);
        Assert.Equal(["api://AzureADTokenExchange"], credential.Audiences);
    }

    [Fact]
    public void An_app_whose_only_credential_is_federated_needs_no_secret_and_left_out_ids_are_the_same_on_every_load()
    {
        var path = Write($$"""
            {"partners": [{"tenantId": "{{Tenant}}",
              "managedIdentities": [{"name": "runner", "type": "userAssigned"}],
              "applications": [{"clientId": "aaaaaaaa-0000-0000-0000-000000000001",
                "federatedCredentials": [{"name": "ci", "issuer": "https://token.actions.githubusercontent.com", "subject": "repo:o/r:ref:refs/heads/main"}]}]}]}
            """);

        var first = SeedLoader.Load([path], Now).Partners[0];
        var again = SeedLoader.Load([path], Now).Partners[0];

        Assert.Null(first.Applications[0].ClientSecret);
        Assert.Equal("https://token.actions.githubusercontent.com", first.Applications[0].FederatedCredentials[0].Issuer);
        Assert.Equal(again.ManagedIdentities[0], first.ManagedIdentities[0]);
        Assert.NotEqual(first.ManagedIdentities[0].ClientId, first.ManagedIdentities[0].PrincipalId);
    }

    [Theory]
    [InlineData("""{"name": "a", "subject": "s", "issuer": "http://insecure.example"}""", "federatedCredentials[0]: 'issuer' must be an absolute https URL")]
    [InlineData("""{"name": "a", "subject": "s", "audiences": ["api://AzureADTokenExchange", "api://other"]}""", "'audiences' must hold exactly one audience")]
    [InlineData("""{"name": "a"}""", "federatedCredentials[0]: 'subject' is missing")]
    [InlineData("""{"subject": "s"}""", "federatedCredentials[0]: 'name' is missing")]
    [InlineData("""{"name": "a", "subject": "s"}, {"name": "a", "subject": "t"}""", "federatedCredentials[1]: the federated credential name 'a' is used twice")]
    public void A_federated_credential_Entra_would_refuse_is_refused_naming_where_and_why(string credentials, string expected)
    {
        var path = Write($$"""{"partners": [{"tenantId": "{{Tenant}}", "applications": [{"clientId": "aaaaaaaa-0000-0000-0000-000000000001", "federatedCredentials": [{{credentials}}]}]}]}""");

        var failure = Assert.Throws<SeedFileException>(() => SeedLoader.Load([path], Now));

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
        Assert.Contains(path, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name": "a", "type": "systemAssigned"}, {"name": "b", "type": "systemAssigned"}""", "managedIdentities[1]: a runbook host has one system-assigned identity at most")]
    [InlineData("""{"name": "a"}""", "managedIdentities[0]: 'type' is missing")]
    [InlineData("""{"name": "a", "type": "userAssigned"}, {"name": "a", "type": "userAssigned"}""", "managedIdentities[1]: managed identity 'a' (or its client or principal id) is listed twice")]
    [InlineData("""{"name": "a", "type": "userAssigned", "clientId": "x"}""", "managedIdentities[0]: 'clientId' must be a GUID")]
    public void A_managed_identity_that_cannot_be_is_refused(string identities, string expected)
    {
        var path = Write($$"""{"partners": [{"tenantId": "{{Tenant}}", "managedIdentities": [{{identities}}]}]}""");

        var failure = Assert.Throws<SeedFileException>(() => SeedLoader.Load([path], Now));

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_state_file_keeps_identities_and_federated_credentials()
    {
        var partners = SeedLoader.Load([TestSeed.Path], Now).Partners;
        var statePath = Path.Combine(folder, "state.json");
        StateFile.Write(statePath, StateFile.Capture(partners, Now, TimeSpan.Zero));

        var reloaded = SeedLoader.Load([new SeedSource(statePath, () => new SeedDocument(StateFile.TryRead(statePath)!.Partners))], Now);

        foreach (var partner in partners)
        {
            var again = reloaded.FindPartner(partner.TenantId)!;
            Assert.Equal(partner.ManagedIdentities, again.ManagedIdentities);
            Assert.Equal(
                partner.Applications.SelectMany(app => app.FederatedCredentials).Select(Describe),
                again.Applications.SelectMany(app => app.FederatedCredentials).Select(Describe));
        }
    }

    private static string Describe(FederatedIdentityCredential credential) =>
        $"{credential.Name}|{credential.Issuer}|{credential.Subject}|{string.Join(",", credential.Audiences)}";

    private string Write(string json)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid()}.json");
        File.WriteAllText(path, json);
        return path;
    }
}
