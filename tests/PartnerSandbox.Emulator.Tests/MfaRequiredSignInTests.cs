using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>AADSTS50076: a user whom conditional access asks for MFA, with a refresh token from a sign-in without it.</summary>
public sealed class MfaRequiredSignInTests(SingleUseRefreshTokenFixture emulator) : IClassFixture<SingleUseRefreshTokenFixture>
{
    [Fact]
    public async Task Seeded_MFA_requirement_without_MFA_is_interaction_required_50076_and_does_not_spend_the_token()
    {
        var withoutMfa = await emulator.AdminRefreshTokenAsync(mfa: false, upn: IdentitySeed.MfaEnforcedUpn);
        var withMfa = await emulator.AdminRefreshTokenAsync(mfa: true, upn: IdentitySeed.MfaEnforcedUpn);

        using var refused = await emulator.RedeemAsync(IdentityClient.RefreshForm(withoutMfa));
        using var refusedAgain = await emulator.RedeemAsync(IdentityClient.RefreshForm(withoutMfa));

        var (error, code, description) = await IdentityClient.ReadAadErrorAsync(refused, 400);
        Assert.Equal(("interaction_required", 50076), (error, code));
        Assert.Contains("you must use multi-factor authentication", description, System.StringComparison.Ordinal);
        Assert.Equal(50076, (await IdentityClient.ReadAadErrorAsync(refusedAgain, 400)).Code);
        await emulator.RedeemRefreshTokenAsync(withMfa);
    }

    [Fact]
    public async Task The_admin_API_asks_a_user_for_MFA_and_stops_asking()
    {
        var token = await emulator.AdminRefreshTokenAsync(mfa: false, upn: IdentitySeed.HelpdeskUpn);
        var body = $$"""{"tenantId":"{{TestSeed.SandboxTenant}}","userPrincipalName":"{{IdentitySeed.HelpdeskUpn}}","required":true}""";

        using var require = await emulator.AdminAsync(HttpMethod.Post, "/users/mfa-requirement", body);
        using var refused = await emulator.RedeemAsync(IdentityClient.RefreshForm(token));
        using var release = await emulator.AdminAsync(HttpMethod.Post, "/users/mfa-requirement", body.Replace("true", "false", System.StringComparison.Ordinal));
        using var redeemed = await emulator.RedeemAsync(IdentityClient.RefreshForm(token));
        using var invalid = await emulator.AdminAsync(HttpMethod.Post, "/users/mfa-requirement", """{"tenantId":"11111111-1111-1111-1111-111111111111","userPrincipalName":"nobody@fabrikam.onmicrosoft.com","required":true}""");

        Assert.Equal(204, (int)require.StatusCode);
        Assert.Equal(50076, (await IdentityClient.ReadAadErrorAsync(refused, 400)).Code);
        Assert.Equal(204, (int)release.StatusCode);
        Assert.Equal(200, (int)redeemed.StatusCode);
        Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(invalid, 400));
    }
}
