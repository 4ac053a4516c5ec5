using System;
using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>The refresh-token grant of the Secure Application Model: rotation, revocation and client checks.</summary>
public sealed class RefreshTokenTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Every_redemption_rotates_the_refresh_token_and_the_new_one_works()
    {
        var first = await emulator.AdminRefreshTokenAsync();

        var second = (await emulator.RedeemRefreshTokenAsync(first)).GetProperty("refresh_token").GetString()!;
        var third = (await emulator.RedeemRefreshTokenAsync(second)).GetProperty("refresh_token").GetString()!;

        Assert.NotEqual(first, second);
        Assert.NotEqual(second, third);
        Assert.NotEqual(first, third);
    }

    [Fact]
    public async Task Used_refresh_token_stays_valid_as_Entras_do()
    {
        var first = await emulator.AdminRefreshTokenAsync();
        var second = (await emulator.RedeemRefreshTokenAsync(first)).GetProperty("refresh_token").GetString();

        var again = (await emulator.RedeemRefreshTokenAsync(first)).GetProperty("refresh_token").GetString();

        Assert.NotEqual(second, again);
    }

    [Fact]
    public async Task Unknown_refresh_token_is_invalid_grant_70000()
    {
        using var response = await emulator.RedeemAsync(IdentityClient.RefreshForm("not-a-refresh-token"));

        var (error, code, _) = await IdentityClient.ReadAadErrorAsync(response, 400);
        Assert.Equal(("invalid_grant", 70000), (error, code));
    }

    [Fact]
    public async Task Revoked_refresh_tokens_are_invalid_grant_50173_and_other_users_keep_theirs()
    {
        var admins = await emulator.AdminRefreshTokenAsync();
        var helpdesks = await emulator.AdminRefreshTokenAsync(upn: IdentitySeed.HelpdeskUpn);

        using var revoke = await emulator.AdminAsync(HttpMethod.Post, "/refresh-tokens/revoke", $$"""{"tenantId":"{{TestSeed.SandboxTenant}}","userPrincipalName":"{{IdentitySeed.AdminUpn.ToUpperInvariant()}}"}""");
        Assert.Equal(204, (int)revoke.StatusCode);
        using var revoked = await emulator.RedeemAsync(IdentityClient.RefreshForm(admins));

        var (error, code, _) = await IdentityClient.ReadAadErrorAsync(revoked, 400);
        Assert.Equal(("invalid_grant", 50173), (error, code));
        var helpdeskResponse = await emulator.RedeemRefreshTokenAsync(helpdesks);
        Assert.Equal(IdentitySeed.HelpdeskUpn, new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(helpdeskResponse.GetProperty("access_token").GetString()).GetPayloadValue<string>("upn"));
    }

    [Fact]
    public async Task Wrong_secret_is_refused_and_does_not_spend_the_token()
    {
        var refreshToken = await emulator.AdminRefreshTokenAsync();

        using var refused = await emulator.RedeemAsync(IdentityClient.RefreshForm(refreshToken, secret: "wrong"));

        Assert.Equal(7000215, (await IdentityClient.ReadAadErrorAsync(refused, 401)).Code);
        await emulator.RedeemRefreshTokenAsync(refreshToken);
    }

    [Fact]
    public async Task Confidential_client_without_credential_is_7000218()
    {
        var refreshToken = await emulator.AdminRefreshTokenAsync();

        using var refused = await emulator.RedeemAsync(IdentityClient.RefreshForm(refreshToken, secret: null));

        var (error, code, _) = await IdentityClient.ReadAadErrorAsync(refused, 401);
        Assert.Equal(("invalid_client", 7000218), (error, code));
    }

    [Fact]
    public async Task Public_client_redeems_without_a_credential()
    {
        var refreshToken = await emulator.AdminRefreshTokenAsync(clientId: IdentitySeed.PublicClient);

        using var response = await emulator.RedeemAsync(IdentityClient.RefreshForm(refreshToken, IdentitySeed.PublicClient, secret: null));

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task Another_apps_refresh_token_is_invalid_grant()
    {
        var publicClientsToken = await emulator.AdminRefreshTokenAsync(clientId: IdentitySeed.PublicClient);

        using var response = await emulator.RedeemAsync(IdentityClient.RefreshForm(publicClientsToken));

        var (error, code, _) = await IdentityClient.ReadAadErrorAsync(response, 400);
        Assert.Equal(("invalid_grant", 70000), (error, code));
    }

    [Theory]
    [InlineData("offline_access openid profile", 70011)]
    [InlineData("https://api.partnercenter.microsoft.com/Orders.Read offline_access", 70011)]
    [InlineData("", 900144)]
    public async Task Bad_scope_is_refused(string scope, int aadstsCode)
    {
        var form = IdentityClient.RefreshForm(await emulator.AdminRefreshTokenAsync(), scope: scope);

        using var response = await emulator.RedeemAsync(form);

        Assert.Equal(aadstsCode, (await IdentityClient.ReadAadErrorAsync(response, 400)).Code);
    }

    [Fact]
    public async Task Default_scope_also_gives_a_user_impersonation_token()
    {
        var form = IdentityClient.RefreshForm(await emulator.AdminRefreshTokenAsync(), scope: "https://api.partnercenter.microsoft.com/.default offline_access openid profile");

        using var response = await emulator.RedeemAsync(form);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("https://api.partnercenter.microsoft.com/user_impersonation", (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("scope").GetString());
    }

    [Theory]
    [InlineData("""{"tenantId":"11111111-1111-1111-1111-111111111111","clientId":"aaaaaaaa-0000-0000-0000-000000000001","userPrincipalName":"nobody@fabrikam.onmicrosoft.com"}""")]
    [InlineData("""{"tenantId":"11111111-1111-1111-1111-111111111111","clientId":"aaaaaaaa-0000-0000-0000-000000000002","userPrincipalName":"admin@fabrikam.onmicrosoft.com"}""")]
    [InlineData("""{"tenantId":"99999999-9999-9999-9999-999999999999","clientId":"aaaaaaaa-0000-0000-0000-000000000001","userPrincipalName":"admin@fabrikam.onmicrosoft.com"}""")]
    [InlineData("""not json""")]
    public async Task Admin_refresh_token_for_what_is_not_seeded_is_800002(string body)
    {
        using var response = await emulator.AdminAsync(HttpMethod.Post, "/refresh-tokens", body);

        Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
    }
}

/// <summary>Moves the virtual clock, so it has an emulator of its own.</summary>
public sealed class RefreshTokenInactivityTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Refresh_token_unused_for_90_days_expires_with_700082_while_one_used_in_time_lives_on()
    {
        var first = await emulator.AdminRefreshTokenAsync();
        await AdvanceDaysAsync(89);
        var second = (await emulator.RedeemRefreshTokenAsync(first)).GetProperty("refresh_token").GetString()!;
        var spare = await emulator.AdminRefreshTokenAsync();

        await AdvanceDaysAsync(91);
        using var expired = await emulator.RedeemAsync(IdentityClient.RefreshForm(second));

        var (error, code, _) = await IdentityClient.ReadAadErrorAsync(expired, 400);
        Assert.Equal(("invalid_grant", 700082), (error, code));
        using var alsoExpired = await emulator.RedeemAsync(IdentityClient.RefreshForm(spare));
        Assert.Equal(700082, (await IdentityClient.ReadAadErrorAsync(alsoExpired, 400)).Code);
    }

    private async Task AdvanceDaysAsync(double days)
    {
        using var response = await emulator.AdminAsync(HttpMethod.Post, "/clock", $$"""{"advanceDays": {{days}}}""");
        Assert.Equal(200, (int)response.StatusCode);
    }
}
