using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace PartnerSandbox.Emulator.Tests.Infrastructure;

/// <summary>What fault tests do over and over: add a fault, wait for a request's log entry, read a refusal.</summary>
internal static class FaultClient
{
    public static async Task AddFaultAsync(this EmulatorFixture emulator, string fault)
    {
        using var response = await emulator.AdminAsync(HttpMethod.Post, "/faults", fault);
        Assert.Equal(204, (int)response.StatusCode);
    }

    /// <summary>
    /// Asks the request log again until the request is in it: the emulator records a request when it is done
    /// with it, which for a client that gave up is when the emulator notices.
    /// </summary>
    public static async Task<JsonElement> LoggedWithinAsync(this EmulatorFixture emulator, string requestId, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var response = await emulator.AdminAsync(HttpMethod.Get, "/requests");
            var entry = (await EmulatorFixture.ReadJsonAsync(response)).EnumerateArray()
                .Where(candidate => candidate.TryGetProperty("requestId", out var id) && id.GetString() == requestId)
                .Select(candidate => (JsonElement?)candidate)
                .FirstOrDefault();
            if (entry is { } found)
            {
                return found;
            }

            Assert.True(clock.Elapsed < limit, $"request {requestId} never reached the request log");
        }
    }

    /// <summary>Asserts a 400 800002 and returns its description.</summary>
    public static async Task<string> ReadInvalidInputAsync(HttpResponseMessage response)
    {
        Assert.Equal(400, (int)response.StatusCode);
        var error = await EmulatorFixture.ReadJsonAsync(response);
        Assert.Equal(800002, error.GetProperty("code").GetInt64());
        return error.GetProperty("description").GetString()!;
    }
}
