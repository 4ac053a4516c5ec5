using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace PartnerSandbox.Emulator.Tests.Infrastructure;

/// <summary>What tests of the user sign-ins do over and over: get refresh tokens, redeem them, start and poll device codes.</summary>
internal static class IdentityClient
{
    public static string Origin(this EmulatorFixture emulator) => emulator.Server.BaseUri.GetLeftPart(UriPartial.Authority);

    public static string TokenEndpoint(this EmulatorFixture emulator, Guid tenant) => $"{emulator.Origin()}/{tenant}/oauth2/v2.0/token";

    /// <summary>The refresh token a partner admin's one-time sign-in would have left (admin API).</summary>
    public static async Task<string> AdminRefreshTokenAsync(this EmulatorFixture emulator, bool mfa = true, Guid? clientId = null, string upn = IdentitySeed.AdminUpn)
    {
        var body = $$"""{"tenantId":"{{TestSeed.SandboxTenant}}","clientId":"{{clientId ?? TestSeed.SandboxClient}}","userPrincipalName":"{{upn}}","mfa":{{(mfa ? "true" : "false")}}}""";
        using var response = await emulator.AdminAsync(HttpMethod.Post, "/refresh-tokens", body);
        Assert.Equal(200, (int)response.StatusCode);
        return (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("refreshToken").GetString()!;
    }

    public static Dictionary<string, string> RefreshForm(string refreshToken, Guid? clientId = null, string? secret = TestSeed.SandboxSecret, string scope = IdentitySeed.UserScope)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = (clientId ?? TestSeed.SandboxClient).ToString(),
            ["refresh_token"] = refreshToken,
            ["scope"] = scope,
            ["client_info"] = "1",
        };
        if (secret is not null)
        {
            form["client_secret"] = secret;
        }

        return form;
    }

    public static async Task<HttpResponseMessage> RedeemAsync(this EmulatorFixture emulator, Dictionary<string, string> form) =>
        await emulator.RequestTokenAsync(TestSeed.SandboxTenant.ToString(), form);

    /// <summary>Redeems with the sandbox app's secret and returns the (asserted successful) token response.</summary>
    public static async Task<JsonElement> RedeemRefreshTokenAsync(this EmulatorFixture emulator, string refreshToken)
    {
        using var response = await emulator.RedeemAsync(RefreshForm(refreshToken));
        Assert.Equal(200, (int)response.StatusCode);
        return await EmulatorFixture.ReadJsonAsync(response);
    }

    public static async Task<JsonElement> StartDeviceCodeAsync(this EmulatorFixture emulator, Guid? clientId = null)
    {
        using var response = await emulator.Http.PostAsync($"/{TestSeed.SandboxTenant}/oauth2/v2.0/devicecode", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = (clientId ?? IdentitySeed.PublicClient).ToString(),
            ["scope"] = IdentitySeed.UserScope,
        }));
        Assert.Equal(200, (int)response.StatusCode);
        return await EmulatorFixture.ReadJsonAsync(response);
    }

    /// <summary>One poll, as MSAL.NET makes it (its grant type spelling, client_info=1, no secret).</summary>
    public static Task<HttpResponseMessage> PollDeviceCodeAsync(this EmulatorFixture emulator, string deviceCode, string grantType = "device_code") =>
        emulator.RequestTokenAsync(TestSeed.SandboxTenant.ToString(), new Dictionary<string, string>
        {
            ["grant_type"] = grantType,
            ["client_id"] = IdentitySeed.PublicClient.ToString(),
            ["device_code"] = deviceCode,
            ["client_info"] = "1",
        });

    /// <summary>Asserts Entra's error shape and returns the error and its AADSTS code.</summary>
    public static async Task<(string Error, int Code, string Description)> ReadAadErrorAsync(HttpResponseMessage response, int expectedStatus)
    {
        Assert.Equal(expectedStatus, (int)response.StatusCode);
        var body = await EmulatorFixture.ReadJsonAsync(response);
        var code = body.GetProperty("error_codes").EnumerateArray().Single().GetInt32();
        var description = body.GetProperty("error_description").GetString()!;
        Assert.StartsWith($"AADSTS{code}: ", description, StringComparison.Ordinal);
        Assert.False(body.TryGetProperty("access_token", out _));
        return (body.GetProperty("error").GetString()!, code, description);
    }
}
