using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>Each test aims its faults at an order of its own, so the tests cannot steal each other's faults.</summary>
public sealed class FaultInjectionTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Throttle_answers_429_with_Retry_After_and_the_throttle_body_then_recovers()
    {
        await emulator.AddFaultAsync("""{"method": "GET", "pathContains": "/orders/ri-recent-1", "kind": "status", "status": 429, "retryAfterSeconds": 7, "count": 1}""");

        using var throttled = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders/ri-recent-1");
        using var next = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders/ri-recent-1");

        Assert.Equal(429, (int)throttled.StatusCode);
        Assert.Equal(7, throttled.Headers.RetryAfter?.Delta?.TotalSeconds);
        Assert.Equal("""{"statusCode":429,"message":"Rate limit is exceeded. Try again in 7 seconds."}""", await throttled.Content.ReadAsStringAsync());
        Assert.Equal(200, (int)next.StatusCode);
    }

    [Fact]
    public async Task Service_unavailable_does_not_change_state_and_lasts_count_requests()
    {
        await emulator.AddFaultAsync("""{"method": "PATCH", "pathContains": "/orders/saas-recent", "kind": "status", "status": 503, "count": 2}""");

        using var first = await emulator.CancelAsync(TestSeed.Contoso, "saas-recent");
        using var second = await emulator.CancelAsync(TestSeed.Contoso, "saas-recent");
        Assert.Equal(800003, await EmulatorFixture.ReadErrorCodeAsync(first, 503));
        Assert.Equal(800003, await EmulatorFixture.ReadErrorCodeAsync(second, 503));
        Assert.Equal("completed", emulator.Server.State.FindOrder("saas-recent")!.Status);

        using var third = await emulator.CancelAsync(TestSeed.Contoso, "saas-recent");
        Assert.Equal(200, (int)third.StatusCode);
        Assert.Equal(1, emulator.Server.State.FindOrder("saas-recent")!.StateChanges);
    }

    [Fact]
    public async Task Drop_aborts_the_connection_changes_nothing_and_is_logged_as_faulted()
    {
        const string requestId = "5e1d3c7b-9a2f-4b60-8e4d-1c3a5b7d9f02";
        await emulator.AddFaultAsync("""{"method": "PATCH", "pathContains": "/orders/software-sub-recent", "kind": "drop"}""");

        await Assert.ThrowsAsync<HttpRequestException>(() => emulator.CancelAsync(TestSeed.Contoso, "software-sub-recent", requestId));

        Assert.Equal(0, emulator.Server.State.FindOrder("software-sub-recent")!.StateChanges);
        var entry = await emulator.LoggedRequestAsync(requestId);
        Assert.True(entry.GetProperty("faulted").GetBoolean());
        Assert.Equal(0, entry.GetProperty("status").GetInt32());

        // The retry with the same request id is processed: the dropped attempt left nothing behind.
        using var retry = await emulator.CancelAsync(TestSeed.Contoso, "software-sub-recent", requestId);
        Assert.Equal(200, (int)retry.StatusCode);
    }

    [Fact]
    public async Task Delete_faults_clears_them()
    {
        await emulator.AddFaultAsync("""{"pathContains": "/orders/ri-recent-2", "kind": "status", "status": 500}""");

        using var clear = await emulator.AdminAsync(HttpMethod.Delete, "/faults");
        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders/ri-recent-2");

        Assert.Equal(204, (int)clear.StatusCode);
        Assert.Equal(200, (int)response.StatusCode);
    }

    [Theory]
    [InlineData("""{"kind": "explode"}""")]
    [InlineData("""{"kind": "status"}""")]
    [InlineData("""{"kind": "status", "status": 200}""")]
    [InlineData("""{"kind": "drop", "count": 0}""")]
    [InlineData("not json")]
    public async Task Invalid_fault_is_400(string body)
    {
        using var response = await emulator.AdminAsync(HttpMethod.Post, "/faults", body);

        Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
    }
}
