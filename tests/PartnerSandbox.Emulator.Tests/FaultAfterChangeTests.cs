using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>
/// The faults that act after the change: the request is processed (state changed, idempotent answer kept)
/// and only the answer is lost or late. Each test aims at an order of its own.
/// </summary>
public sealed class FaultAfterChangeTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Apply_then_drop_changes_the_state_drops_the_answer_and_the_retry_gets_the_kept_answer()
    {
        const string requestId = "a1b2c3d4-0001-4e5f-8a9b-0c1d2e3f4a01";
        await emulator.AddFaultAsync("""{"method": "PATCH", "pathContains": "/orders/ri-recent-1", "kind": "applyThenDrop"}""");

        await Assert.ThrowsAsync<HttpRequestException>(() => emulator.CancelAsync(TestSeed.Contoso, "ri-recent-1", requestId));

        Assert.Equal("cancelled", emulator.Server.State.FindOrder("ri-recent-1")!.Status);
        Assert.Equal(1, emulator.Server.State.FindOrder("ri-recent-1")!.StateChanges);
        var entry = await emulator.LoggedRequestAsync(requestId);
        Assert.True(entry.GetProperty("faulted").GetBoolean());
        Assert.Equal(0, entry.GetProperty("status").GetInt32());

        using var retry = await emulator.CancelAsync(TestSeed.Contoso, "ri-recent-1", requestId);
        Assert.Equal(200, (int)retry.StatusCode);
        var answer = await EmulatorFixture.ReadJsonAsync(retry);
        Assert.Equal("ri-recent-1", answer.GetProperty("id").GetString());
        Assert.Equal("cancelled", answer.GetProperty("status").GetString());
        Assert.Equal(1, emulator.Server.State.FindOrder("ri-recent-1")!.StateChanges);
    }

    [Fact]
    public async Task Apply_then_delay_processes_the_request_then_sends_the_answer_late()
    {
        const string requestId = "a1b2c3d4-0002-4e5f-8a9b-0c1d2e3f4a02";
        await emulator.AddFaultAsync("""{"method": "PATCH", "pathContains": "/orders/ri-recent-2", "kind": "applyThenDelay", "delayMs": 150}""");

        using var response = await emulator.CancelAsync(TestSeed.Contoso, "ri-recent-2", requestId);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("cancelled", (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("status").GetString());
        Assert.Equal(requestId, Assert.Single(response.Headers.GetValues("MS-RequestId")));
        var entry = await emulator.LoggedRequestAsync(requestId);
        Assert.True(entry.GetProperty("faulted").GetBoolean());
        Assert.Equal(200, entry.GetProperty("status").GetInt32());
        Assert.Equal(150, entry.GetProperty("delayMs").GetInt32());
    }

    [Fact]
    public async Task Apply_then_delay_whose_client_gives_up_has_changed_the_state_and_sends_nothing()
    {
        const string requestId = "a1b2c3d4-0003-4e5f-8a9b-0c1d2e3f4a03";
        await emulator.AddFaultAsync("""{"method": "PATCH", "pathContains": "/orders/software-sub-recent", "kind": "applyThenDelay", "delayMs": 600000}""");
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/v1/customers/{TestSeed.Contoso}/orders/software-sub-recent")
        {
            Content = new StringContent("""{"id": "software-sub-recent", "status": "cancelled"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", await emulator.SandboxTokenAsync());
        request.Headers.Add("MS-RequestId", requestId);
        using var clientTimeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => emulator.Http.SendAsync(request, clientTimeout.Token));

        // Logged once the emulator has seen the client go, ten minutes before the answer was due.
        var entry = await emulator.LoggedWithinAsync(requestId, TimeSpan.FromSeconds(10));
        Assert.Equal(0, entry.GetProperty("status").GetInt32());
        Assert.Equal(1, emulator.Server.State.FindOrder("software-sub-recent")!.StateChanges);
        using var retry = await emulator.CancelAsync(TestSeed.Contoso, "software-sub-recent", requestId);
        Assert.Equal(200, (int)retry.StatusCode);
        Assert.Equal(1, emulator.Server.State.FindOrder("software-sub-recent")!.StateChanges);
    }

    [Theory]
    [InlineData("""{"kind": "applyThenDelay"}""", "'delayMs' must be a positive number of milliseconds for kind 'applyThenDelay'")]
    [InlineData("""{"kind": "applyThenDelay", "delayMs": -5}""", "'delayMs'")]
    [InlineData("""{"kind": "applyThenDrop", "count": 0}""", "'count' must be at least 1")]
    public async Task Invalid_fault_is_400_naming_the_field(string body, string expected)
    {
        using var response = await emulator.AdminAsync(HttpMethod.Post, "/faults", body);

        Assert.Contains(expected, await FaultClient.ReadInvalidInputAsync(response), StringComparison.Ordinal);
    }
}
