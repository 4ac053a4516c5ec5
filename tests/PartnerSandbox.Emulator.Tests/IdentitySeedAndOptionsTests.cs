using System;
using System.IO;
using System.Linq;
using PartnerSandbox.Emulator.Hosting;
using PartnerSandbox.Emulator.Seeding;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>The identity fields of seed files (users, certificates, public clients) and the identity command-line option.</summary>
public sealed class IdentitySeedAndOptionsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly string folder = Directory.CreateTempSubdirectory("identity-seed-tests-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Test_seed_has_its_users_and_public_client()
    {
        var partner = SeedLoader.Load([TestSeed.Path], Now).FindPartner(TestSeed.SandboxTenant)!;

        Assert.Equal([IdentitySeed.AdminObjectId, IdentitySeed.HelpdeskObjectId, IdentitySeed.MfaEnforcedObjectId], partner.Users.Select(user => user.ObjectId));
        Assert.Equal([false, false, true], partner.Users.Select(user => user.MfaRequired));
        Assert.Equal(IdentitySeed.AdminName, partner.FindUser("ADMIN@fabrikam.onmicrosoft.com")!.DisplayName);
        var publicClient = partner.FindApplication(IdentitySeed.PublicClient)!;
        Assert.True(publicClient.AllowPublicClient);
        Assert.Null(publicClient.ClientSecret);
        Assert.False(partner.FindApplication(TestSeed.SandboxClient)!.AllowPublicClient);
    }

    [Fact]
    public void Certificate_app_needs_no_secret_and_users_get_stable_defaults()
    {
        using var certificate = ClientAssertions.NewCertificate();
        var path = Write($$"""
            {"partners": [{"tenantId": "11111111-1111-1111-1111-111111111111",
              "applications": [{"clientId": "aaaaaaaa-0000-0000-0000-000000000001", "certificates": ["{{ClientAssertions.PublicBase64(certificate)}}"]}],
              "users": [{"userPrincipalName": "someone@fabrikam.onmicrosoft.com"}]}]}
            """);

        var partner = SeedLoader.Load([path], Now).Partners.Single();
        var again = SeedLoader.Load([path], Now).Partners.Single();

        var application = partner.Applications.Single();
        Assert.Null(application.ClientSecret);
        Assert.Equal(certificate.Thumbprint, application.Certificates.Single().Certificate.Thumbprint);
        var user = partner.Users.Single();
        Assert.Equal("someone", user.DisplayName);
        Assert.NotEqual(Guid.Empty, user.ObjectId);
        Assert.Equal(again.Users.Single().ObjectId, user.ObjectId);
    }

    [Theory]
    [InlineData("""{"clientId": "aaaaaaaa-0000-0000-0000-000000000001"}""", "partners[0].applications[0]: 'clientSecret' is missing")]
    [InlineData("""{"clientId": "aaaaaaaa-0000-0000-0000-000000000001", "certificates": ["not base64!"]}""", "partners[0].applications[0].certificates[0]: the certificate is not base64")]
    [InlineData("""{"clientId": "aaaaaaaa-0000-0000-0000-000000000001", "certificates": ["AAAA"]}""", "partners[0].applications[0].certificates[0]: the certificate is not a DER X.509 certificate")]
    public void Bad_application_credentials_are_named(string application, string expected)
    {
        var path = Write($$"""{"partners": [{"tenantId": "11111111-1111-1111-1111-111111111111", "applications": [{{application}}]}]}""");

        var error = Assert.Throws<SeedFileException>(() => SeedLoader.Load([path], Now));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[{"displayName": "no name"}]""", "partners[0].users[0]: 'userPrincipalName' is missing")]
    [InlineData("""[{"userPrincipalName": "a@b.c", "objectId": "nope"}]""", "partners[0].users[0]: 'objectId' must be a GUID")]
    [InlineData("""[{"userPrincipalName": "a@b.c"}, {"userPrincipalName": "A@B.C"}]""", "partners[0].users[1]: user A@B.C (or its object id) is listed twice")]
    public void Bad_users_are_named(string users, string expected)
    {
        var path = Write($$"""{"partners": [{"tenantId": "11111111-1111-1111-1111-111111111111", "users": {{users}}}]}""");

        var error = Assert.Throws<SeedFileException>(() => SeedLoader.Load([path], Now));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], 3.0)]
    [InlineData(new[] { "--device-code-approval", "0" }, 0.0)]
    [InlineData(new[] { "--device-code-approval", "12" }, 12.0)]
    [InlineData(new[] { "--device-code-approval", "manual" }, null)]
    public void Device_code_approval_is_read_from_the_command_line(string[] args, double? expectedSeconds)
    {
        var request = CommandLine.Parse(args);

        Assert.Null(request.Error);
        Assert.Equal(expectedSeconds, request.Options!.DeviceCodeApprovalDelay?.TotalSeconds);
        Assert.Contains("--device-code-approval", CommandLine.HelpText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-1")]
    public void Device_code_approval_refuses_what_is_neither_seconds_nor_manual(string value)
    {
        Assert.Contains("--device-code-approval", CommandLine.Parse(["--device-code-approval", value]).Error, StringComparison.Ordinal);
        Assert.Contains("needs a value", CommandLine.Parse(["--device-code-approval"]).Error, StringComparison.Ordinal);
    }

    private string Write(string json)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid()}.json");
        File.WriteAllText(path, json);
        return path;
    }
}
