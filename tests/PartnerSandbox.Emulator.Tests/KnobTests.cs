using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Knobs;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>
/// Latency and rate limits through <c>/_emulator/knobs</c>. Latency is checked in the request log
/// (the delay the emulator applied), never by timing; rate-limit windows follow the virtual clock.
/// </summary>
public sealed class KnobTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private static readonly string ContosoOrder = $"/v1/customers/{TestSeed.Contoso}/orders/ri-recent-1";

    [Fact]
    public async Task Get_shows_the_defaults_documented_rate_limit_on()
    {
        using var reset = await SetKnobsAsync("""{"latency": {"fixedMs": 0, "jitterMs": 0, "seed": 1}, "rateLimits": {"perPartner": 500, "perPartnerCustomer": "off", "window": "sliding"}, "orderListingDelaySeconds": 0, "cancellationWindowError": {"code": 900117, "status": 400}, "cancellationDelayMs": 0, "tokenClockSkewSeconds": 60, "refreshTokenReuse": "allow", "mfaErrorCode": 900421, "subscriptionStatusError": {"code": 800096, "status": 400}}""");
        using var response = await emulator.AdminAsync(HttpMethod.Get, "/knobs");

        Assert.Equal(
            """{"latency":{"fixedMs":0,"jitterMs":0,"seed":1},"rateLimits":{"perPartner":500,"perPartnerCustomer":"off","window":"sliding"},"orderListingDelaySeconds":0,"cancellationWindowError":{"code":900117,"status":400},"cancellationDelayMs":0,"tokenClockSkewSeconds":60,"refreshTokenReuse":"allow","mfaErrorCode":900421,"subscriptionStatusError":{"code":800096,"status":400}}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Latency_fixed_plus_seeded_jitter_is_applied_to_each_request_and_repeats_for_the_same_seed()
    {
        await RateLimitsOffAsync();
        using var knobs = await SetKnobsAsync("""{"latency": {"fixedMs": 5, "jitterMs": 20, "seed": 42}}""");
        var first = await DelaysOfAsync(6);
        using var again = await SetKnobsAsync("""{"latency": {"fixedMs": 5, "jitterMs": 20, "seed": 42}}""");
        var second = await DelaysOfAsync(6);
        using var off = await SetKnobsAsync("""{"latency": {"fixedMs": 0, "jitterMs": 0}}""");

        var jitter = new SeededRandom(42);
        Assert.Equal(Enumerable.Range(0, 6).Select(_ => 5 + jitter.Next(21)), first);
        Assert.Equal(first, second);
        Assert.All(first, delay => Assert.InRange(delay, 5, 25));
    }

    [Fact]
    public async Task Rate_limit_per_partner_answers_429_with_Retry_After_after_n_requests_and_frees_after_the_window()
    {
        using var knobs = await SetKnobsAsync("""{"rateLimits": {"perPartner": 3, "perPartnerCustomer": "off", "window": "sliding"}}""");

        var statuses = await StatusesAsync(3, ContosoOrder);
        using var throttled = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Tailspin}/orders");
        using var unthrottledRoute = await emulator.SendAsync(HttpMethod.Get, "/v1/customers");
        using var moved = await emulator.AdminAsync(HttpMethod.Post, "/clock", """{"advanceDays": 0.0007}""");
        using var afterWindow = await emulator.SendAsync(HttpMethod.Get, ContosoOrder);
        await RateLimitsOffAsync();

        Assert.Equal([200, 200, 200], statuses);
        Assert.Equal(429, (int)throttled.StatusCode);
        var retryAfter = (int)throttled.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal($$"""{"statusCode":429,"message":"Rate limit is exceeded. Try again in {{retryAfter}} seconds."}""", await throttled.Content.ReadAsStringAsync());
        Assert.Equal(200, (int)unthrottledRoute.StatusCode);
        Assert.Equal(200, (int)afterWindow.StatusCode);
    }

    [Fact]
    public async Task Rate_limit_per_partner_and_customer_counts_each_customer_separately()
    {
        using var knobs = await SetKnobsAsync("""{"rateLimits": {"perPartner": "off", "perPartnerCustomer": 2, "window": "fixed"}}""");

        var contoso = await StatusesAsync(3, ContosoOrder);
        var tailspin = await StatusesAsync(2, $"/v1/customers/{TestSeed.Tailspin}/orders");
        await RateLimitsOffAsync();

        Assert.Equal([200, 200, 429], contoso);
        Assert.Equal([200, 200], tailspin);
    }

    [Fact]
    public async Task Rate_limit_throttled_changes_nothing()
    {
        using var knobs = await SetKnobsAsync("""{"rateLimits": {"perPartner": 1, "perPartnerCustomer": "off"}}""");

        using var allowed = await emulator.SendAsync(HttpMethod.Get, ContosoOrder);
        using var throttled = await emulator.CancelAsync(TestSeed.Contoso, "perpetual-recent");
        await RateLimitsOffAsync();

        Assert.Equal(429, (int)throttled.StatusCode);
        Assert.Equal(0, emulator.Server.State.FindOrder("perpetual-recent")!.StateChanges);
    }

    [Fact]
    public async Task Rate_limit_off_never_throttles()
    {
        await RateLimitsOffAsync();

        Assert.All(await StatusesAsync(30, ContosoOrder), status => Assert.Equal(200, status));
    }

    [Theory]
    [InlineData("""{"rateLimits": {"perPartner": 0}}""")]
    [InlineData("""{"rateLimits": {"perPartner": "lots"}}""")]
    [InlineData("""{"rateLimits": {"window": "rolling"}}""")]
    [InlineData("""{"latency": {"fixedMs": -1}}""")]
    [InlineData("""{"latency": 5}""")]
    [InlineData("""{"orderListingDelaySeconds": "soon"}""")]
    [InlineData("""{"cancellationWindowError": {"code": 0}}""")]
    [InlineData("""{"cancellationWindowError": {"code": "900117"}}""")]
    [InlineData("""{"cancellationWindowError": {"status": 200}}""")]
    [InlineData("""{"cancellationWindowError": {"status": 600}}""")]
    [InlineData("""{"cancellationWindowError": 900117}""")]
    [InlineData("""{"refreshTokenReuse": "sometimes"}""")]
    [InlineData("""{"refreshTokenReuse": 1}""")]
    [InlineData("""{"mfaErrorCode": 800001}""")]
    [InlineData("""{"subscriptionStatusError": {"status": 200}}""")]
    [InlineData("""{"subscriptionStatusError": {"code": 0}}""")]
    [InlineData("""{"cancellationDelayMs": -1}""")]
    [InlineData("""{"cancellationDelayMs": 1.5}""")]
    [InlineData("""{"cancellationDelayMs": "soon"}""")]
    [InlineData("""{"tokenClockSkewSeconds": -1}""")]
    [InlineData("""{"tokenClockSkewSeconds": "60"}""")]
    [InlineData("not json")]
    public async Task Invalid_knobs_are_400(string body)
    {
        using var response = await emulator.AdminAsync(HttpMethod.Post, "/knobs", body);

        Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
    }

    private async Task<int[]> DelaysOfAsync(int count)
    {
        var requestIds = Enumerable.Range(0, count).Select(_ => Guid.NewGuid().ToString()).ToArray();
        foreach (var requestId in requestIds)
        {
            using var response = await emulator.SendAsync(HttpMethod.Get, ContosoOrder, requestId: requestId);
            Assert.Equal(200, (int)response.StatusCode);
        }

        var delays = new int[count];
        for (var index = 0; index < count; index++)
        {
            delays[index] = (await emulator.LoggedRequestAsync(requestIds[index])).GetProperty("delayMs").GetInt32();
        }

        return delays;
    }

    private async Task<int[]> StatusesAsync(int count, string path)
    {
        var statuses = new int[count];
        for (var index = 0; index < count; index++)
        {
            using var response = await emulator.SendAsync(HttpMethod.Get, path);
            statuses[index] = (int)response.StatusCode;
        }

        return statuses;
    }

    private async Task RateLimitsOffAsync()
    {
        using var response = await SetKnobsAsync("""{"rateLimits": {"perPartner": "off", "perPartnerCustomer": "off"}}""");
    }

    private async Task<HttpResponseMessage> SetKnobsAsync(string json)
    {
        var response = await emulator.AdminAsync(HttpMethod.Post, "/knobs", json);
        Assert.Equal(200, (int)response.StatusCode);
        return response;
    }
}
