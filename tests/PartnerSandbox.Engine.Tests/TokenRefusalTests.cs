using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Authentication;
using Xunit;

namespace PartnerSandbox.Engine.Tests;

/// <summary>
/// A 401 that a new token of the same sign-in would get again (the retired graph.windows.net audience, no MFA) goes
/// back as it came, with the service's code; any other 401 still gets one renewal and one resend.
/// </summary>
public class TokenRefusalTests
{
    private const string Customer = "0c1e1b8a-7a7e-4f4f-9d0e-2b0e8f8a1c01";

    private static async Task<(PartnerCenterException Error, RecordingProvider Tokens, ScriptedTransport Transport)> Refused(params (HttpStatusCode Status, string Body)[] answers)
    {
        var transport = new ScriptedTransport();
        foreach (var (status, body) in answers)
        {
            transport.Then(status, body);
        }

        var tokens = new RecordingProvider();
        var settings = Connections.ConnectionSettingsResolver.Resolve("contoso.onmicrosoft.com", null, new Uri("https://127.0.0.1:5999"), null, false);
        using var session = new PartnerCenterSession(settings, "client", tokens, transport, new Http.RetryPolicy(), "PartnerSandbox/9.9.9");
        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => session.Client.GetOrderAsync(Customer, "o1", CancellationToken.None));
        return (error, tokens, transport);
    }

    [Theory]
    [InlineData("{\"code\": 900420, \"description\": \"The audience 'https://graph.windows.net' in the token is invalid and is no longer supported in Partner Center API.\"}", "900420")]
    [InlineData("{\"code\": \"900420\", \"description\": \"The audience 'https://graph.windows.net' in the token is invalid.\"}", "900420")]
    [InlineData("{\"code\": 900421, \"description\": \"MFA is required.\"}", "900421")]
    [InlineData("{\"code\": 10001, \"description\": \"Authentication failed. MFA required.\"}", "10001")]
    public async Task A_refusal_renewal_cannot_cure_is_not_renewed_and_keeps_the_services_reason(string body, string code)
    {
        var (error, tokens, transport) = await Refused((HttpStatusCode.Unauthorized, body));

        Assert.Equal(code, error.ServiceCode);
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Single(transport.Received);
        Assert.Equal(new[] { false }, tokens.Forced);
    }

    [Fact]
    public async Task Any_other_401_is_renewed_once_and_sent_again()
    {
        var (error, tokens, transport) = await Refused(
            (HttpStatusCode.Unauthorized, "{\"code\": 800001, \"description\": \"The token has expired.\"}"),
            (HttpStatusCode.Unauthorized, "{\"code\": 800001, \"description\": \"The token has expired.\"}"));

        Assert.Equal("800001", error.ServiceCode);
        Assert.Equal(2, transport.Received.Count);
        Assert.Equal(new[] { false, true }, tokens.Forced);
    }

    [Fact]
    public async Task A_401_without_a_body_is_renewed_as_before()
    {
        var (_, tokens, transport) = await Refused((HttpStatusCode.Unauthorized, string.Empty), (HttpStatusCode.Unauthorized, string.Empty));

        Assert.Equal(2, transport.Received.Count);
        Assert.Equal(new[] { false, true }, tokens.Forced);
    }

    private sealed class RecordingProvider : ITokenProvider
    {
        public List<bool> Forced { get; } = new();

        public string SignInKind => "Recording";

        public string? Account => null;

        public DateTimeOffset? ExpiresOn => null;

        public Task<AccessToken> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
        {
            Forced.Add(forceRefresh);
            return Task.FromResult(new AccessToken("token-" + Forced.Count, DateTimeOffset.UtcNow.AddHours(1)));
        }

        public void Dispose()
        {
        }
    }
}
