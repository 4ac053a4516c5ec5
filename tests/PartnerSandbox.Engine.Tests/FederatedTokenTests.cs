using System;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Authentication;
using PartnerSandbox.Engine.Connections;
using Xunit;

namespace PartnerSandbox.Engine.Tests;

/// <summary>What the secretless modes check before any request, and how a federated token that cannot be renewed ends.</summary>
public class FederatedTokenTests
{
    private DateTimeOffset now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_federated_token_is_presented_as_given_until_it_expires_then_fails_naming_the_mode()
    {
        var jwt = Jwt("{\"iss\":\"https://token.actions.githubusercontent.com\",\"exp\":" + (now + TimeSpan.FromMinutes(5)).ToUnixTimeSeconds() + "}");
        using var assertion = new FederatedTokenAssertion(SecureStrings.Seal(jwt), () => now);

        Assert.Equal(jwt, await assertion.GetAssertionAsync(CancellationToken.None));
        now += TimeSpan.FromMinutes(5);
        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => assertion.GetAssertionAsync(CancellationToken.None));

        Assert.Equal(PartnerCenterFailure.FederatedTokenExpired, error.Failure);
        Assert.Contains("The federated token the connection was given expired at 2026-11-27 09:05:00Z", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(jwt, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sign_in_services_expiry_answer_is_told_as_the_modes_own_and_other_answers_are_kept()
    {
        using var assertion = new FederatedTokenAssertion(SecureStrings.Seal(Jwt("{}")), () => now);
        var expired = new PartnerCenterException(
            PartnerCenterFailure.SignInFailed, "AADSTS700024: Client assertion is not within its valid time range.", codeSource: ErrorSource.EntraId, serviceCode: "700024");
        var audience = new PartnerCenterException(PartnerCenterFailure.SignInFailed, "AADSTS700212", codeSource: ErrorSource.EntraId, serviceCode: "700212");
        var sameDigitsOfPartnerCenter = new PartnerCenterException(PartnerCenterFailure.ServiceError, "Partner Center answered 400", codeSource: ErrorSource.PartnerCenter, serviceCode: "700024");

        var explained = assertion.Explain(expired);

        Assert.Equal(PartnerCenterFailure.FederatedTokenExpired, explained!.Failure);
        Assert.True(explained.HasCode(ErrorSource.EntraId, "700024"), "the sign-in service's code stays");
        Assert.Null(assertion.Explain(sameDigitsOfPartnerCenter));
        Assert.Contains("refused as expired", explained.Message, StringComparison.Ordinal);
        Assert.Same(expired, explained.InnerException);
        Assert.Null(assertion.Explain(audience));
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJub25lIn0.WzFd.c2ln")]
    public void A_federated_token_that_is_not_a_JWT_is_refused_before_any_request(string value)
    {
        var error = Assert.Throws<ConnectionArgumentException>(() => SignInRequest.FederatedToken("aaaaaaaa-0000-0000-0000-000000000001", SecureStrings.Seal(value)));

        Assert.Equal(ConnectionSetting.FederatedToken, error.Setting);
        Assert.Contains("not a JWT", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_identity_client_id_that_is_not_a_GUID_is_refused_naming_the_setting()
    {
        var error = Assert.Throws<ConnectionArgumentException>(() => SignInRequest.ManagedIdentity("aaaaaaaa-0000-0000-0000-000000000001", "cleanup-runner"));

        Assert.Equal(ConnectionSetting.IdentityClientId, error.Setting);
        Assert.Contains("'cleanup-runner' is not a GUID", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "api://AzureADTokenExchange")]
    [InlineData("China", "api://AzureADTokenExchangeChina")]
    [InlineData("USGov", "api://AzureADTokenExchangeUSGov")]
    [InlineData("Germany", "api://AzureADTokenExchange")]
    public void A_managed_identity_token_is_asked_for_the_token_exchange_audience_of_the_connections_cloud(string? environment, string audience)
    {
        var settings = ConnectionSettingsResolver.Resolve("contoso.onmicrosoft.com", environment, null, null, skipCertificateCheck: false);

        Assert.Equal(audience, TokenExchangeAudience.For(settings));
    }

    [Fact]
    public void The_emulator_a_custom_cloud_uses_the_global_token_exchange_audience()
    {
        var settings = ConnectionSettingsResolver.Resolve("contoso.onmicrosoft.com", null, new Uri("https://127.0.0.1:5001"), null, skipCertificateCheck: true);

        Assert.Equal("api://AzureADTokenExchange", TokenExchangeAudience.For(settings));
    }

    private static string Jwt(string claims) => "eyJhbGciOiJub25lIn0." + Base64Url(claims) + ".c2ln";

    private static string Base64Url(string json) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
