using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.IdentityModel.JsonWebTokens;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>The device-code flow with approval only through the admin API.</summary>
public sealed class DeviceCodeTests(ManualDeviceCodeFixture emulator) : IClassFixture<ManualDeviceCodeFixture>
{
    [Fact]
    public async Task Device_code_answers_like_Entra()
    {
        var started = await emulator.StartDeviceCodeAsync();

        var userCode = started.GetProperty("user_code").GetString()!;
        var verificationUri = started.GetProperty("verification_uri").GetString()!;
        Assert.Matches("^[A-Z0-9]{9}$", userCode);
        Assert.Equal($"{emulator.Origin()}/devicelogin", verificationUri);
        Assert.False(string.IsNullOrEmpty(started.GetProperty("device_code").GetString()));
        Assert.Equal(900, started.GetProperty("expires_in").GetInt32());
        Assert.Equal(1, started.GetProperty("interval").GetInt32());
        Assert.Equal($"To sign in, use a web browser to open the page {verificationUri} and enter the code {userCode} to authenticate.", started.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Discovery_names_the_device_authorization_endpoint()
    {
        var configuration = await EmulatorFixture.ReadJsonAsync(await emulator.Http.GetAsync($"/{TestSeed.SandboxTenant}/v2.0/.well-known/openid-configuration"));

        Assert.Equal($"{emulator.Origin()}/{TestSeed.SandboxTenant}/oauth2/v2.0/devicecode", configuration.GetProperty("device_authorization_endpoint").GetString());
    }

    [Theory]
    [InlineData("device_code")]
    [InlineData("urn:ietf:params:oauth:grant-type:device_code")]
    public async Task Poll_is_pending_until_approved_then_gives_tokens_once(string grantType)
    {
        var started = await emulator.StartDeviceCodeAsync();
        var deviceCode = started.GetProperty("device_code").GetString()!;

        using var pending = await emulator.PollDeviceCodeAsync(deviceCode, grantType);
        var (error, code, _) = await IdentityClient.ReadAadErrorAsync(pending, 400);
        Assert.Equal(("authorization_pending", 70016), (error, code));

        await ApproveAsync(started, $$"""{"userPrincipalName":"{{IdentitySeed.HelpdeskUpn}}","mfa":true}""");
        using var approved = await emulator.PollDeviceCodeAsync(deviceCode, grantType);
        Assert.Equal(200, (int)approved.StatusCode);
        var tokens = await EmulatorFixture.ReadJsonAsync(approved);
        var accessToken = new JsonWebToken(tokens.GetProperty("access_token").GetString());
        Assert.Equal(IdentitySeed.HelpdeskUpn, accessToken.GetPayloadValue<string>("upn"));
        Assert.Equal(IdentitySeed.PublicClient.ToString(), accessToken.GetPayloadValue<string>("appid"));
        Assert.Equal(["pwd", "mfa"], accessToken.GetPayloadValue<string[]>("amr"));
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("refresh_token").GetString()));
        Assert.Equal(IdentitySeed.PublicClient.ToString(), new JsonWebToken(tokens.GetProperty("id_token").GetString()).Audiences.Single());
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("client_info").GetString()));
        using var call = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders", token: accessToken.EncodedToken);
        Assert.Equal(200, (int)call.StatusCode);

        using var again = await emulator.PollDeviceCodeAsync(deviceCode, grantType);
        Assert.Equal("invalid_grant", (await IdentityClient.ReadAadErrorAsync(again, 400)).Error);
    }

    [Fact]
    public async Task Approved_without_MFA_gives_a_token_the_API_refuses_with_900421()
    {
        var started = await emulator.StartDeviceCodeAsync();
        await ApproveAsync(started, """{"mfa":false}""");

        using var approved = await emulator.PollDeviceCodeAsync(started.GetProperty("device_code").GetString()!);
        var accessToken = (await EmulatorFixture.ReadJsonAsync(approved)).GetProperty("access_token").GetString()!;
        using var call = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders", token: accessToken);

        Assert.Equal(IdentitySeed.AdminUpn, new JsonWebToken(accessToken).GetPayloadValue<string>("upn"));
        Assert.Equal(900421, await EmulatorFixture.ReadErrorCodeAsync(call, 401));
    }

    [Fact]
    public async Task Refresh_token_from_a_device_code_sign_in_is_redeemed_by_the_public_client()
    {
        var started = await emulator.StartDeviceCodeAsync();
        await ApproveAsync(started, "{}");
        using var approved = await emulator.PollDeviceCodeAsync(started.GetProperty("device_code").GetString()!);
        var refreshToken = (await EmulatorFixture.ReadJsonAsync(approved)).GetProperty("refresh_token").GetString()!;

        using var refreshed = await emulator.RedeemAsync(IdentityClient.RefreshForm(refreshToken, IdentitySeed.PublicClient, secret: null));

        Assert.Equal(200, (int)refreshed.StatusCode);
    }

    [Fact]
    public async Task Denied_is_authorization_declined()
    {
        var started = await emulator.StartDeviceCodeAsync();
        using var deny = await emulator.AdminAsync(HttpMethod.Post, $"/device-codes/{started.GetProperty("user_code").GetString()}/deny");
        Assert.Equal(204, (int)deny.StatusCode);

        using var response = await emulator.PollDeviceCodeAsync(started.GetProperty("device_code").GetString()!);

        Assert.Equal("authorization_declined", (await IdentityClient.ReadAadErrorAsync(response, 400)).Error);
        using var lateApproval = await emulator.AdminAsync(HttpMethod.Post, $"/device-codes/{started.GetProperty("user_code").GetString()}/approve", "{}");
        Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(lateApproval, 400));
    }

    [Fact]
    public async Task Past_its_lifetime_is_expired_token()
    {
        var started = await emulator.StartDeviceCodeAsync();

        using var move = await emulator.AdminAsync(HttpMethod.Post, "/clock", """{"advanceDays": 0.011}""");
        Assert.Equal(200, (int)move.StatusCode);
        using var response = await emulator.PollDeviceCodeAsync(started.GetProperty("device_code").GetString()!);

        var (error, code, _) = await IdentityClient.ReadAadErrorAsync(response, 400);
        Assert.Equal(("expired_token", 70019), (error, code));
    }

    [Fact]
    public async Task Confidential_app_cannot_start_a_device_code()
    {
        using var response = await emulator.Http.PostAsync($"/{TestSeed.SandboxTenant}/oauth2/v2.0/devicecode", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = TestSeed.SandboxClient.ToString(),
            ["scope"] = IdentitySeed.UserScope,
        }));

        var (error, code, _) = await IdentityClient.ReadAadErrorAsync(response, 400);
        Assert.Equal(("invalid_client", 7000218), (error, code));
    }

    [Fact]
    public async Task Unknown_device_code_is_bad_verification_code()
    {
        using var response = await emulator.PollDeviceCodeAsync("no-such-device-code");

        Assert.Equal("bad_verification_code", (await IdentityClient.ReadAadErrorAsync(response, 400)).Error);
    }

    [Fact]
    public async Task Approval_delay_can_be_switched_on_at_run_time()
    {
        var started = await emulator.StartDeviceCodeAsync();
        try
        {
            using var change = await emulator.AdminAsync(HttpMethod.Post, "/identity", """{"deviceCodeApprovalSeconds": 0}""");
            Assert.Equal(0, (await EmulatorFixture.ReadJsonAsync(change)).GetProperty("deviceCodeApprovalSeconds").GetDouble());

            using var response = await emulator.PollDeviceCodeAsync(started.GetProperty("device_code").GetString()!);

            Assert.Equal(200, (int)response.StatusCode);
            var accessToken = new JsonWebToken((await EmulatorFixture.ReadJsonAsync(response)).GetProperty("access_token").GetString());
            Assert.Equal(IdentitySeed.AdminUpn, accessToken.GetPayloadValue<string>("upn"));
        }
        finally
        {
            using var back = await emulator.AdminAsync(HttpMethod.Post, "/identity", """{"deviceCodeApprovalSeconds": null}""");
            Assert.Equal(JsonValueKind.Null, (await EmulatorFixture.ReadJsonAsync(back)).GetProperty("deviceCodeApprovalSeconds").ValueKind);
        }
    }

    private async Task ApproveAsync(JsonElement started, string body)
    {
        using var approve = await emulator.AdminAsync(HttpMethod.Post, $"/device-codes/{started.GetProperty("user_code").GetString()}/approve", body);
        Assert.Equal(204, (int)approve.StatusCode);
    }
}

/// <summary>Automatic approval after the default three seconds, measured by the virtual clock.</summary>
public sealed class DeviceCodeVirtualClockApprovalTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Poll_is_pending_until_the_clock_passes_the_delay_then_the_first_user_is_signed_in_with_MFA()
    {
        var deviceCode = (await emulator.StartDeviceCodeAsync()).GetProperty("device_code").GetString()!;
        using var pending = await emulator.PollDeviceCodeAsync(deviceCode);
        Assert.Equal("authorization_pending", (await IdentityClient.ReadAadErrorAsync(pending, 400)).Error);

        using var move = await emulator.AdminAsync(HttpMethod.Post, "/clock", """{"advanceDays": 0.0001}""");
        Assert.Equal(200, (int)move.StatusCode);
        using var approved = await emulator.PollDeviceCodeAsync(deviceCode);

        Assert.Equal(200, (int)approved.StatusCode);
        var accessToken = new JsonWebToken((await EmulatorFixture.ReadJsonAsync(approved)).GetProperty("access_token").GetString());
        Assert.Equal(IdentitySeed.AdminObjectId.ToString(), accessToken.GetPayloadValue<string>("oid"));
        Assert.Equal(["pwd", "mfa"], accessToken.GetPayloadValue<string[]>("amr"));
    }
}

/// <summary>Automatic approval after one real second, polled the way a client polls.</summary>
public sealed class DeviceCodeOneSecondApprovalTests(OneSecondDeviceCodeFixture emulator) : IClassFixture<OneSecondDeviceCodeFixture>
{
    [Fact]
    public async Task Polling_every_interval_gets_tokens_within_a_few_seconds()
    {
        var deviceCode = (await emulator.StartDeviceCodeAsync()).GetProperty("device_code").GetString()!;
        var deadline = DateTimeOffset.UtcNow.AddSeconds(15);
        var pendingPolls = 0;

        while (true)
        {
            using var response = await emulator.PollDeviceCodeAsync(deviceCode);
            if ((int)response.StatusCode == 200)
            {
                break;
            }

            Assert.Equal("authorization_pending", (await IdentityClient.ReadAadErrorAsync(response, 400)).Error);
            Assert.True(DateTimeOffset.UtcNow < deadline, "the device code was not approved within 15 seconds");
            pendingPolls++;
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        Assert.True(pendingPolls > 0, "the first poll, right after the code was issued, should still be pending");
    }
}
