using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

public sealed class ResponseHeaderTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Request_and_correlation_ids_are_echoed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/customers");
        request.Headers.Authorization = new("Bearer", await emulator.SandboxTokenAsync());
        request.Headers.Add("MS-RequestId", "3c2b1a09-8f7e-4d6c-5b4a-392817060504");
        request.Headers.Add("MS-CorrelationId", "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d");
        request.Headers.Add("MS-Contract-Version", "v1");

        using var response = await emulator.Http.SendAsync(request);

        Assert.Equal("3c2b1a09-8f7e-4d6c-5b4a-392817060504", response.Headers.GetValues("MS-RequestId").Single());
        Assert.Equal("9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d", response.Headers.GetValues("MS-CorrelationId").Single());
    }

    [Fact]
    public async Task Missing_ids_are_made_up_and_service_headers_added()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, "/v1/customers");

        Assert.True(Guid.TryParse(response.Headers.GetValues("MS-RequestId").Single(), out _));
        Assert.True(Guid.TryParse(response.Headers.GetValues("MS-CorrelationId").Single(), out _));
        Assert.False(string.IsNullOrEmpty(response.Headers.GetValues("MS-CV").Single()));
        Assert.False(string.IsNullOrEmpty(response.Headers.GetValues("MS-ServerId").Single()));
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Error_answers_carry_the_ids_too()
    {
        using var response = await emulator.Http.GetAsync("/v1/customers");

        Assert.Equal(401, (int)response.StatusCode);
        Assert.True(response.Headers.Contains("MS-RequestId"));
        Assert.True(response.Headers.Contains("MS-CorrelationId"));
    }
}
