using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>App+User tokens: their shape, what MSAL reads from the answer, and the API's MFA rule.</summary>
public sealed class AppUserTokenTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const string ContosoOrders = $"/v1/customers/{TestSeed.Contoso}/orders";

    [Fact]
    public async Task Refresh_grant_answers_with_everything_msal_needs()
    {
        var response = await emulator.RedeemRefreshTokenAsync(await emulator.AdminRefreshTokenAsync());

        Assert.Equal("Bearer", response.GetProperty("token_type").GetString());
        Assert.Equal(3600, response.GetProperty("expires_in").GetInt32());
        Assert.Equal("https://api.partnercenter.microsoft.com/user_impersonation", response.GetProperty("scope").GetString());
        Assert.False(string.IsNullOrEmpty(response.GetProperty("refresh_token").GetString()));

        // MSAL's client_info: base64url JSON with the user's object id and the home tenant.
        var clientInfo = JsonDocument.Parse(Base64UrlEncoder.Decode(response.GetProperty("client_info").GetString()!)).RootElement;
        Assert.Equal(IdentitySeed.AdminObjectId.ToString(), clientInfo.GetProperty("uid").GetString());
        Assert.Equal(TestSeed.SandboxTenant.ToString(), clientInfo.GetProperty("utid").GetString());
    }

    [Fact]
    public async Task Id_token_is_for_the_client_and_names_the_user()
    {
        var response = await emulator.RedeemRefreshTokenAsync(await emulator.AdminRefreshTokenAsync());

        var idToken = new JsonWebToken(response.GetProperty("id_token").GetString());
        Assert.Equal($"{emulator.Origin()}/{TestSeed.SandboxTenant}/v2.0", idToken.Issuer);
        Assert.Equal([TestSeed.SandboxClient.ToString()], idToken.Audiences.ToArray());
        Assert.Equal(IdentitySeed.AdminObjectId.ToString(), idToken.GetPayloadValue<string>("oid"));
        Assert.Equal(TestSeed.SandboxTenant.ToString(), idToken.GetPayloadValue<string>("tid"));
        Assert.Equal(IdentitySeed.AdminUpn, idToken.GetPayloadValue<string>("preferred_username"));
        Assert.Equal(IdentitySeed.AdminName, idToken.GetPayloadValue<string>("name"));
        Assert.Equal("2.0", idToken.GetPayloadValue<string>("ver"));
        Assert.False(string.IsNullOrEmpty(idToken.Subject));
        Assert.True(idToken.ValidTo > idToken.ValidFrom);
        Assert.Equal(idToken.IssuedAt, idToken.ValidFrom);
        await AssertSignedByTheEmulatorAsync(idToken.EncodedToken, TestSeed.SandboxClient.ToString());
    }

    [Fact]
    public async Task Access_token_carries_the_user_and_the_MFA_claim()
    {
        var response = await emulator.RedeemRefreshTokenAsync(await emulator.AdminRefreshTokenAsync(mfa: true));

        var token = new JsonWebToken(response.GetProperty("access_token").GetString());
        Assert.Equal(["https://api.partnercenter.microsoft.com"], token.Audiences.ToArray());
        Assert.Equal("user", token.GetPayloadValue<string>("idtyp"));
        Assert.Equal("user_impersonation", token.GetPayloadValue<string>("scp"));
        Assert.Equal(IdentitySeed.AdminObjectId.ToString(), token.GetPayloadValue<string>("oid"));
        Assert.Equal(IdentitySeed.AdminUpn, token.GetPayloadValue<string>("upn"));
        Assert.Equal(IdentitySeed.AdminName, token.GetPayloadValue<string>("name"));
        Assert.Equal(TestSeed.SandboxTenant.ToString(), token.GetPayloadValue<string>("tid"));
        Assert.Equal(TestSeed.SandboxClient.ToString(), token.GetPayloadValue<string>("appid"));
        Assert.Equal(["pwd", "mfa"], token.GetPayloadValue<string[]>("amr"));
        await AssertSignedByTheEmulatorAsync(token.EncodedToken, "https://api.partnercenter.microsoft.com");
    }

    [Fact]
    public async Task App_user_token_with_MFA_is_accepted()
    {
        var token = (await emulator.RedeemRefreshTokenAsync(await emulator.AdminRefreshTokenAsync(mfa: true))).GetProperty("access_token").GetString();

        using var response = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: token);

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task App_user_token_without_MFA_is_401_with_900421()
    {
        var token = (await emulator.RedeemRefreshTokenAsync(await emulator.AdminRefreshTokenAsync(mfa: false))).GetProperty("access_token").GetString();
        Assert.Equal(["pwd"], new JsonWebToken(token).GetPayloadValue<string[]>("amr"));

        using var response = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: token);

        Assert.Equal(900421, await EmulatorFixture.ReadErrorCodeAsync(response, 401));
        Assert.StartsWith("OAuth realm=", response.Headers.WwwAuthenticate.Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task App_user_token_without_MFA_is_refused_again_on_its_second_use()
    {
        // The second use is answered from the cache of checked tokens: the rule must hold there too.
        var token = (await emulator.RedeemRefreshTokenAsync(await emulator.AdminRefreshTokenAsync(mfa: false))).GetProperty("access_token").GetString();
        using var first = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: token);

        using var second = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: token);

        Assert.Equal(900421, await EmulatorFixture.ReadErrorCodeAsync(first, 401));
        Assert.Equal(900421, await EmulatorFixture.ReadErrorCodeAsync(second, 401));
    }

    [Fact]
    public async Task Id_token_is_no_bearer_token_for_the_API()
    {
        var idToken = (await emulator.RedeemRefreshTokenAsync(await emulator.AdminRefreshTokenAsync())).GetProperty("id_token").GetString();

        using var response = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: idToken);

        Assert.Equal(800001, await EmulatorFixture.ReadErrorCodeAsync(response, 401));
        Assert.Contains("audience", (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task App_user_token_for_graph_is_refused()
    {
        var form = IdentityClient.RefreshForm(await emulator.AdminRefreshTokenAsync(), scope: "https://graph.windows.net/user_impersonation offline_access openid profile");
        using var redeemed = await emulator.RedeemAsync(form);
        var token = (await EmulatorFixture.ReadJsonAsync(redeemed)).GetProperty("access_token").GetString();

        using var response = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: token);

        Assert.Equal(900420, await EmulatorFixture.ReadErrorCodeAsync(response, 401));
    }

    [Fact]
    public async Task Tampered_app_user_token_is_refused()
    {
        var token = (await emulator.RedeemRefreshTokenAsync(await emulator.AdminRefreshTokenAsync(mfa: false))).GetProperty("access_token").GetString()!;
        var parts = token.Split('.');
        // Claim MFA the sign-in never did: the signature no longer matches.
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace("[\"pwd\"]", "[\"pwd\",\"mfa\"]", StringComparison.Ordinal);
        var forged = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        using var response = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: forged);

        Assert.Equal(800001, await EmulatorFixture.ReadErrorCodeAsync(response, 401));
        Assert.Contains("signature", (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private async Task AssertSignedByTheEmulatorAsync(string token, string audience)
    {
        var keys = new JsonWebKeySet(await emulator.Http.GetStringAsync($"/{TestSeed.SandboxTenant}/discovery/v2.0/keys"));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = keys.GetSigningKeys(),
            ValidIssuer = $"{emulator.Origin()}/{TestSeed.SandboxTenant}/v2.0",
            ValidAudience = audience,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
    }
}
