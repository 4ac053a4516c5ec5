using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>The delay fault and faults by probability; each test aims at an order of its own.</summary>
public sealed class FaultKindTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Delay_holds_the_request_then_processes_it_normally()
    {
        const string requestId = "0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6";
        await emulator.AddFaultAsync("""{"method": "GET", "pathContains": "/orders/ri-recent-3", "kind": "delay", "delayMs": 150}""");

        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders/ri-recent-3", requestId: requestId);

        Assert.Equal(200, (int)response.StatusCode);
        var entry = await emulator.LoggedRequestAsync(requestId);
        Assert.True(entry.GetProperty("faulted").GetBoolean());
        Assert.Equal(150, entry.GetProperty("delayMs").GetInt32());
    }

    [Fact]
    public async Task Delay_whose_client_gives_up_is_never_processed()
    {
        const string requestId = "1e2f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7";
        await emulator.AddFaultAsync("""{"method": "PATCH", "pathContains": "/orders/software-sub-recent", "kind": "delay", "delayMs": 600000}""");
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/v1/customers/{TestSeed.Contoso}/orders/software-sub-recent")
        {
            Content = new StringContent("""{"id": "software-sub-recent", "status": "cancelled"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", await emulator.SandboxTokenAsync());
        request.Headers.Add("MS-RequestId", requestId);
        using var clientTimeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => emulator.Http.SendAsync(request, clientTimeout.Token));

        // The log gets the entry once the emulator has seen the client go; only then is "never processed" final.
        var entry = await emulator.LoggedWithinAsync(requestId, TimeSpan.FromSeconds(10));
        Assert.True(entry.GetProperty("faulted").GetBoolean());
        Assert.Equal(0, entry.GetProperty("status").GetInt32());
        Assert.Equal(0, emulator.Server.State.FindOrder("software-sub-recent")!.StateChanges);
    }

    [Fact]
    public async Task Probability_with_the_same_seed_faults_the_same_requests()
    {
        var first = await FaultPatternAsync(seed: 42);
        var second = await FaultPatternAsync(seed: 42);
        var otherSeed = await FaultPatternAsync(seed: 7);

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
        Assert.Contains(503, first);
        Assert.Contains(200, first);
    }

    [Fact]
    public async Task Probability_with_a_count_stops_after_count_faults()
    {
        await emulator.AddFaultAsync("""{"method": "GET", "pathContains": "/orders/perpetual-recent", "kind": "status", "status": 500, "probability": 1, "count": 2}""");

        var statuses = await StatusesAsync("/orders/perpetual-recent", 4);

        Assert.Equal([500, 500, 200, 200], statuses);
    }

    [Theory]
    [InlineData("""{"kind": "delay"}""")]
    [InlineData("""{"kind": "delay", "delayMs": 0}""")]
    [InlineData("""{"kind": "drop", "probability": 0}""")]
    [InlineData("""{"kind": "drop", "probability": 1.5}""")]
    public async Task Invalid_delay_or_probability_is_400(string body)
    {
        using var response = await emulator.AdminAsync(HttpMethod.Post, "/faults", body);

        Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
    }

    private async Task<int[]> FaultPatternAsync(int seed)
    {
        using (var clear = await emulator.AdminAsync(HttpMethod.Delete, "/faults"))
        {
            Assert.Equal(204, (int)clear.StatusCode);
        }

        await emulator.AddFaultAsync($$"""{"method": "GET", "pathContains": "/orders/saas-recent", "kind": "status", "status": 503, "probability": 0.5, "seed": {{seed}}}""");
        return await StatusesAsync("/orders/saas-recent", 16);
    }

    private async Task<int[]> StatusesAsync(string orderPath, int count)
    {
        var statuses = new int[count];
        for (var index = 0; index < count; index++)
        {
            using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}{orderPath}");
            statuses[index] = (int)response.StatusCode;
        }

        return statuses;
    }
}
