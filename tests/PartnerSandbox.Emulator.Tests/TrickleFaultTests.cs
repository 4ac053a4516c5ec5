using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>
/// The <c>trickle</c> fault: status and headers at once, then the body a small chunk at a time. Nothing is
/// timed: each test gives the client a timeout and checks what the client got by then.
/// </summary>
public sealed class TrickleFaultTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Trickle_sends_the_headers_at_once_then_an_endless_filler_and_stops_when_the_client_goes_away()
    {
        const string requestId = "c3d4e5f6-0001-4a71-8b2c-3d4e5f6a7b01";
        await emulator.AddFaultAsync("""{"method": "GET", "pathContains": "/orders/ri-recent-1", "kind": "trickle", "intervalMs": 60000}""");

        string received;
        using (var response = await SendAsync("/orders/ri-recent-1", requestId))
        {
            Assert.Equal(200, (int)response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            received = await ReadUntilAsync(response, TimeSpan.FromMilliseconds(500));
        }

        Assert.StartsWith("""{"items":[""", received, StringComparison.Ordinal);

        // The next chunk was a minute away: the request ends this soon only if the emulator stops when the client goes.
        var entry = await emulator.LoggedWithinAsync(requestId, TimeSpan.FromSeconds(20));
        Assert.True(entry.GetProperty("faulted").GetBoolean());
        Assert.Equal(0, entry.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Trickle_of_a_body_gives_a_client_with_a_shorter_timeout_only_its_start()
    {
        const string body = """{"id":"ri-recent-2","status":"cancelled","note":"sent sixteen bytes a second"}""";
        await emulator.AddFaultAsync($$"""{"method": "GET", "pathContains": "/orders/ri-recent-2", "kind": "trickle", "intervalMs": 1000, "body": {{System.Text.Json.JsonSerializer.Serialize(body)}}}""");

        using var response = await SendAsync("/orders/ri-recent-2", Guid.NewGuid().ToString());
        var received = await ReadUntilAsync(response, TimeSpan.FromMilliseconds(500));

        Assert.NotEmpty(received);
        Assert.True(received.Length < body.Length, $"the whole body arrived within the client's timeout: {received}");
        Assert.StartsWith(received, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trickle_of_a_body_ends_with_the_body_with_the_status_and_content_type_given()
    {
        const string body = "upstream timed out while the gateway waited for the service";
        await emulator.AddFaultAsync($$"""{"method": "GET", "pathContains": "/orders/ri-recent-3", "kind": "trickle", "intervalMs": 5, "status": 504, "contentType": "text/plain", "body": "{{body}}"}""");

        using var response = await SendAsync("/orders/ri-recent-3", Guid.NewGuid().ToString());

        Assert.Equal(504, (int)response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(body, await ReadUntilAsync(response, TimeSpan.FromSeconds(30)));
    }

    [Theory]
    [InlineData("""{"kind": "trickle", "intervalMs": 0}""", "'intervalMs' must be a positive number of milliseconds for kind 'trickle'")]
    [InlineData("""{"kind": "trickle", "status": 204}""", "'status' must be an HTTP status with a body")]
    [InlineData("""{"kind": "trickle", "status": 700}""", "'status' must be an HTTP status")]
    public async Task Invalid_trickle_is_400_naming_the_field(string body, string expected)
    {
        using var response = await emulator.AdminAsync(HttpMethod.Post, "/faults", body);

        Assert.Contains(expected, await FaultClient.ReadInvalidInputAsync(response), StringComparison.Ordinal);
    }

    /// <summary>Returns as soon as the headers are in, as a client streaming the body would.</summary>
    private async Task<HttpResponseMessage> SendAsync(string orderPath, string requestId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}{orderPath}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await emulator.SandboxTokenAsync());
        request.Headers.Add("MS-RequestId", requestId);
        using var headersTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        return await emulator.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, headersTimeout.Token);
    }

    /// <summary>What of the body arrived before the body ended or the client's timeout passed.</summary>
    private static async Task<string> ReadUntilAsync(HttpResponseMessage response, TimeSpan timeout)
    {
        using var clientTimeout = new CancellationTokenSource(timeout);
        using var received = new MemoryStream();
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(clientTimeout.Token);
            await body.CopyToAsync(received, clientTimeout.Token);
        }
        catch (OperationCanceledException)
        {
            // The client's timeout: what arrived so far is the answer.
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }
}
