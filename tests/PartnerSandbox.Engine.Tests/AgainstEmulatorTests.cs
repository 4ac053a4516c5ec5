using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Emulator;
using PartnerSandbox.Engine.Authentication;
using PartnerSandbox.Engine.Connections;
using Xunit;

namespace PartnerSandbox.Engine.Tests;

/// <summary>The engine, MSAL included, against the emulator started in-process on a free port.</summary>
public sealed class AgainstEmulatorTests : IAsyncLifetime
{
    private const string Sandbox = "11111111-1111-1111-1111-111111111111";
    private const string SandboxApp = "aaaaaaaa-0000-0000-0000-000000000001";
    private const string Paging = "33333333-3333-3333-3333-333333333333";
    private EmulatorServer server = null!;

    public async Task InitializeAsync() =>
        server = await EmulatorServer.StartAsync(new EmulatorOptions { SeedFiles = new[] { "seeds/test.json", "seeds/paging.json" }, TestMode = true });

    public async Task DisposeAsync() => await server.DisposeAsync();

    private ConnectionSettings Settings(string tenant) => ConnectionSettingsResolver.Resolve(tenant, null, server.BaseUri, null, skipCertificateCheck: true);

    private Task<PartnerCenterSession> Connect(string tenant, SignInRequest signIn) =>
        PartnerCenterSession.ConnectAsync(Settings(tenant), signIn, "PartnerSandbox/test", null, CancellationToken.None);

    private static AppCredential Secret(string value) => AppCredential.FromSecret(SecureStrings.Seal(value));

    [Fact]
    public async Task Following_next_links_reads_every_customer_once_when_the_page_size_does_not_divide_the_count()
    {
        using var session = await Connect(Paging, SignInRequest.AppOnly("aaaaaaaa-0000-0000-0000-000000000003", Secret("paging-secret-3")));
        var ids = new List<string>();
        var pages = 0;

        var page = await session.Client.GetCustomersAsync(null, 3, CancellationToken.None);
        while (true)
        {
            pages++;
            ids.AddRange(page.Items.Select(c => c.Id));
            if (page.Links?.Next is null)
            {
                break;
            }

            page = await session.Client.GetNextPageAsync<Models.Customer>(page.Links.Next, CancellationToken.None);
        }

        Assert.Equal(3, pages);
        Assert.Equal(7, ids.Count);
        Assert.Equal(7, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_wrong_secret_is_a_sign_in_failure_with_the_AADSTS_number_and_without_the_secret()
    {
        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => Connect(Sandbox, SignInRequest.AppOnly(SandboxApp, Secret("not-the-secret-123"))));

        Assert.Equal(PartnerCenterFailure.SignInFailed, error.Failure);
        Assert.True(error.HasCode(ErrorSource.EntraId, "7000215"));
        Assert.DoesNotContain("not-the-secret-123", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registered_certificate_signs_in()
    {
        using var certificate = NewCertificate();
        await Admin(HttpMethod.Post, $"partners/{Sandbox}/applications/{SandboxApp}/certificates", new { certificate = Convert.ToBase64String(certificate.RawData) });

        using var session = await Connect(Sandbox, SignInRequest.AppOnly(SandboxApp, AppCredential.FromCertificate(certificate)));

        Assert.Equal("Certificate", session.SignInKind);
        Assert.NotEmpty(await session.Client.GetOrdersAsync("c1000000-0000-0000-0000-000000000001", null, false, CancellationToken.None));
    }

    [Fact]
    public async Task The_refresh_token_is_rotated_and_the_newest_one_is_handed_back()
    {
        // Entra keeps a redeemed refresh token valid; the knob makes the old one fail, to prove the newest is handed back.
        await Admin(HttpMethod.Post, "knobs", new { refreshTokenReuse = "reject" });
        var issued = await Admin(HttpMethod.Post, "refresh-tokens", new { tenantId = Sandbox, clientId = SandboxApp, userPrincipalName = UserPrincipalName(), mfa = true });
        var original = issued.GetProperty("refreshToken").GetString()!;

        using var session = await Connect(Sandbox, SignInRequest.RefreshToken(SandboxApp, Secret("sandbox-secret-1"), SecureStrings.Seal(original)));
        var rotated = new NetworkCredential(string.Empty, session.CurrentRefreshToken).Password;

        Assert.Equal("RefreshToken", session.SignInKind);
        Assert.Equal(UserPrincipalName(), session.Account);
        Assert.False(string.IsNullOrEmpty(rotated));
        Assert.NotEqual(original, rotated);
        var reuse = await Assert.ThrowsAsync<PartnerCenterException>(
            () => Connect(Sandbox, SignInRequest.RefreshToken(SandboxApp, Secret("sandbox-secret-1"), SecureStrings.Seal(original))));
        Assert.Equal("70000", reuse.ServiceCode);
        using var again = await Connect(Sandbox, SignInRequest.RefreshToken(SandboxApp, Secret("sandbox-secret-1"), SecureStrings.Seal(rotated)));
        Assert.Equal(UserPrincipalName(), again.Account);
    }

    private string UserPrincipalName() => server.State.FindPartner(Guid.Parse(Sandbox))!.Users[0].UserPrincipalName;

    private async Task<JsonElement> Admin(HttpMethod method, string path, object body)
    {
        using var http = server.CreateClient();
        using var response = await http.SendAsync(new HttpRequestMessage(method, "_emulator/" + path) { Content = JsonContent.Create(body) });
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private static X509Certificate2 NewCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=PartnerSandbox engine test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}
