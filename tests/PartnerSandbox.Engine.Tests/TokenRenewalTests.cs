using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Authentication;
using Xunit;

namespace PartnerSandbox.Engine.Tests;

public class TokenRenewalTests
{
    private DateTimeOffset now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Issues one-hour tokens numbered from 1, on the test's clock.</summary>
    private sealed class CountingProvider : RenewingTokenProvider
    {
        private readonly Func<DateTimeOffset> clock;
        private readonly TimeSpan lifetime;

        public CountingProvider(Func<DateTimeOffset> clock, TimeSpan lifetime)
            : base(clock)
        {
            this.clock = clock;
            this.lifetime = lifetime;
        }

        public override string SignInKind => "Counting";

        public List<bool> Forced { get; } = new();

        protected override Task<AccessToken> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken)
        {
            Forced.Add(forceRefresh);
            return Task.FromResult(new AccessToken("token-" + (Forced.Count), clock() + lifetime));
        }
    }

    [Fact]
    public async Task A_token_is_reused_until_five_minutes_before_it_expires()
    {
        using var provider = new CountingProvider(() => now, TimeSpan.FromHours(1));

        var first = await provider.GetTokenAsync(false, CancellationToken.None);
        now += TimeSpan.FromMinutes(54);
        var stillFirst = await provider.GetTokenAsync(false, CancellationToken.None);
        now += TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1);
        var renewed = await provider.GetTokenAsync(false, CancellationToken.None);

        Assert.Equal("token-1", first.Value);
        Assert.Equal("token-1", stillFirst.Value);
        Assert.Equal("token-2", renewed.Value);
        Assert.Equal(new[] { false, false }, provider.Forced);
    }

    [Fact]
    public async Task Three_hours_on_one_hour_tokens_never_hand_out_an_expired_token()
    {
        using var provider = new CountingProvider(() => now, TimeSpan.FromHours(1));
        var end = now + TimeSpan.FromHours(3);

        while (now < end)
        {
            var token = await provider.GetTokenAsync(false, CancellationToken.None);
            Assert.True(token.ExpiresOn > now + TimeSpan.FromMinutes(4), "a token near or past expiry was handed out at " + now);
            now += TimeSpan.FromSeconds(37);
        }

        Assert.InRange(provider.Acquisitions, 3, 4);
    }

    [Fact]
    public async Task Short_tokens_are_renewed_a_quarter_of_their_lifetime_early()
    {
        using var provider = new CountingProvider(() => now, TimeSpan.FromSeconds(40));

        await provider.GetTokenAsync(false, CancellationToken.None);
        now += TimeSpan.FromSeconds(29);
        Assert.Equal("token-1", (await provider.GetTokenAsync(false, CancellationToken.None)).Value);
        now += TimeSpan.FromSeconds(2);
        Assert.Equal("token-2", (await provider.GetTokenAsync(false, CancellationToken.None)).Value);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_renewal()
    {
        using var provider = new CountingProvider(() => now, TimeSpan.FromHours(1));

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => provider.GetTokenAsync(false, CancellationToken.None))));

        Assert.Single(tokens.Select(t => t.Value).Distinct());
        Assert.Equal(1, provider.Acquisitions);
    }

    [Fact]
    public async Task A_forced_refresh_asks_the_service_even_for_a_fresh_token()
    {
        using var provider = new CountingProvider(() => now, TimeSpan.FromHours(1));

        await provider.GetTokenAsync(false, CancellationToken.None);
        var forced = await provider.GetTokenAsync(true, CancellationToken.None);

        Assert.Equal("token-2", forced.Value);
        Assert.Equal(new[] { false, true }, provider.Forced);
    }

    [Fact]
    public async Task A_401_leads_to_one_forced_renewal_and_one_resend_not_a_loop()
    {
        var transport = new ScriptedTransport()
            .Then(HttpStatusCode.Unauthorized, "{\"code\":800001,\"description\":\"expired\"}")
            .Then(HttpStatusCode.Unauthorized, "{\"code\":800001,\"description\":\"expired\"}");
        var tokens = new CountingProvider(() => now, TimeSpan.FromHours(1));
        var settings = Connections.ConnectionSettingsResolver.Resolve("contoso.onmicrosoft.com", null, new Uri("https://127.0.0.1:5999"), null, false);
        using var session = new PartnerCenterSession(settings, "client", tokens, transport, new Http.RetryPolicy(), "PartnerSandbox/9.9.9");

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => session.Client.GetOrderAsync("0c1e1b8a-7a7e-4f4f-9d0e-2b0e8f8a1c01", "o", CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal(2, transport.Received.Count);
        Assert.Equal(new[] { false, true }, tokens.Forced);
        Assert.Equal("Bearer token-2", transport.Received[1].Request.Headers.Authorization!.ToString());
    }

    [Fact]
    public async Task An_expired_access_token_fails_with_a_clear_error_instead_of_being_sent()
    {
        var expiresAt = now + TimeSpan.FromMinutes(10);
        var jwt = "eyJhbGciOiJub25lIn0." + Base64Url("{\"exp\":" + expiresAt.ToUnixTimeSeconds() + "}") + ".c2ln";
        using var provider = new AccessTokenProvider(SecureStrings.Seal(jwt), () => now);

        Assert.Equal(jwt, (await provider.GetTokenAsync(false, CancellationToken.None)).Value);
        now += TimeSpan.FromMinutes(11);
        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => provider.GetTokenAsync(false, CancellationToken.None));

        Assert.Equal(PartnerCenterFailure.AccessTokenExpired, error.Failure);
        Assert.Contains("expired at " + expiresAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture) + "; an access token cannot be renewed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(jwt, error.Message, StringComparison.Ordinal);
    }

    private static string Base64Url(string json) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
