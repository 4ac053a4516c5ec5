using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

public sealed class AdminApiTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Reset_reloads_the_seeds()
    {
        using var cancel = await emulator.CancelAsync(TestSeed.Contoso, "ri-recent-3");
        Assert.Equal(200, (int)cancel.StatusCode);

        using var reset = await emulator.AdminAsync(HttpMethod.Post, "/reset");

        Assert.Equal(204, (int)reset.StatusCode);
        Assert.Equal("completed", emulator.Server.State.FindOrder("ri-recent-3")!.Status);
        using var changes = await emulator.AdminAsync(HttpMethod.Get, "/orders/ri-recent-3/changes");
        var body = await EmulatorFixture.ReadJsonAsync(changes);
        Assert.Equal("ri-recent-3", body.GetProperty("orderId").GetString());
        Assert.Equal(0, body.GetProperty("stateChanges").GetInt32());
    }

    [Fact]
    public async Task Changes_of_an_unknown_order_is_404()
    {
        using var response = await emulator.AdminAsync(HttpMethod.Get, "/orders/no-such-order/changes");

        Assert.Equal(20000, await EmulatorFixture.ReadErrorCodeAsync(response, 404));
    }

    [Fact]
    public async Task Request_log_records_API_requests_without_secrets()
    {
        const string requestId = "0d9e8f7a-6b5c-4d3e-2f1a-0b9c8d7e6f5a";
        using var get = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Wingtip}/orders?include_price=true", requestId: requestId);

        using var response = await emulator.AdminAsync(HttpMethod.Get, "/requests");

        var text = await response.Content.ReadAsStringAsync();
        var entry = await emulator.LoggedRequestAsync(requestId);
        Assert.Equal("GET", entry.GetProperty("method").GetString());
        Assert.Equal($"/v1/customers/{TestSeed.Wingtip}/orders", entry.GetProperty("path").GetString());
        Assert.Equal("?include_price=true", entry.GetProperty("query").GetString());
        Assert.Equal(200, entry.GetProperty("status").GetInt32());
        Assert.False(entry.GetProperty("faulted").GetBoolean());
        Assert.True(System.Guid.TryParse(entry.GetProperty("correlationId").GetString(), out _));
        Assert.DoesNotContain(await emulator.SandboxTokenAsync(), text, System.StringComparison.Ordinal);
        Assert.DoesNotContain(TestSeed.SandboxSecret, text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("/_emulator", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_log_says_when_each_request_arrived_and_was_answered_and_how_many_were_under_way_with_it()
    {
        const string first = "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d";
        const string second = "3b4c5d6e-7f8a-4b9c-8d1e-2f3a4b5c6d7e";
        const string later = "4c5d6e7f-8a9b-4c0d-9e2f-3a4b5c6d7e8f";
        await emulator.AddFaultAsync("""{"method": "GET", "pathContains": "/orders/ri-recent-3", "kind": "delay", "delayMs": 300, "count": 2}""");
        var path = $"/v1/customers/{TestSeed.Contoso}/orders/ri-recent-3";
        var token = await emulator.SandboxTokenAsync();

        var together = await Task.WhenAll(emulator.SendAsync(HttpMethod.Get, path, requestId: first, token: token), emulator.SendAsync(HttpMethod.Get, path, requestId: second, token: token));
        using var after = await emulator.SendAsync(HttpMethod.Get, path, requestId: later, token: token);
        foreach (var response in together)
        {
            response.Dispose();
        }

        var a = await emulator.LoggedRequestAsync(first);
        var b = await emulator.LoggedRequestAsync(second);
        var c = await emulator.LoggedRequestAsync(later);
        long Received(System.Text.Json.JsonElement entry) => entry.GetProperty("receivedMs").GetInt64();
        long Answered(System.Text.Json.JsonElement entry) => entry.GetProperty("answeredMs").GetInt64();
        // The hold is Task.Delay, whose timers run on a coarse clock (on Linux CLOCK_MONOTONIC_COARSE, one tick of up to
        // 10 ms), while the log reads a Stopwatch in whole milliseconds: a 300 ms hold can show as a tick less. Not held
        // at all would show as a few milliseconds.
        const int heldAtLeastMs = 300 - 10 - 1;
        Assert.True(Answered(a) - Received(a) >= heldAtLeastMs && Answered(b) - Received(b) >= heldAtLeastMs, "each was held 300 ms");
        Assert.True(Received(b) < Answered(a) && Received(a) < Answered(b), "the two were under way together");
        Assert.Equal(2, System.Math.Max(a.GetProperty("inFlight").GetInt32(), b.GetProperty("inFlight").GetInt32()));
        Assert.Equal(1, c.GetProperty("inFlight").GetInt32());
        Assert.True(Received(c) >= System.Math.Max(Answered(a), Answered(b)));
    }

    [Fact]
    public async Task Delete_requests_empties_the_log()
    {
        using var get = await emulator.SendAsync(HttpMethod.Get, "/v1/customers");

        using var clear = await emulator.AdminAsync(HttpMethod.Delete, "/requests");
        using var response = await emulator.AdminAsync(HttpMethod.Get, "/requests");

        Assert.Equal(204, (int)clear.StatusCode);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
    }
}

public sealed class AdminApiOutsideTestModeTests(NonTestModeFixture emulator) : IClassFixture<NonTestModeFixture>
{
    [Theory]
    [InlineData("POST", "/faults")]
    [InlineData("GET", "/requests")]
    [InlineData("POST", "/reset")]
    [InlineData("POST", "/clock")]
    [InlineData("GET", "/orders/ri-recent-1/changes")]
    public async Task Admin_API_is_not_there(string method, string path)
    {
        using var response = await emulator.AdminAsync(new HttpMethod(method), path, method == "POST" ? "{}" : null);

        Assert.Equal(404, (int)response.StatusCode);
    }

    [Fact]
    public async Task Api_still_works()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders");

        Assert.Equal(200, (int)response.StatusCode);
    }
}
