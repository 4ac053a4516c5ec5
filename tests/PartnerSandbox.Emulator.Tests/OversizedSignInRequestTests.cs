using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>A sign-in form above 64 KiB is refused with 413 in Entra's error shape, with or without a Content-Length.</summary>
public sealed class OversizedSignInRequestTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const int Limit = 64 * 1024;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Token_request_above_the_limit_is_413_in_Entras_error_shape(bool withContentLength)
    {
        using var response = await PostFormAsync("oauth2/v2.0/token", TokenForm(padding: Limit), withContentLength);

        var (error, code, description) = await IdentityClient.ReadAadErrorAsync(response, 413);
        Assert.Equal("invalid_request", error);
        Assert.Equal(90015, code);
        Assert.Contains($"at most {Limit} bytes", description, StringComparison.Ordinal);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await EmulatorFixture.ReadJsonAsync(response);
        foreach (var field in new[] { "timestamp", "trace_id", "correlation_id" })
        {
            Assert.False(string.IsNullOrEmpty(body.GetProperty(field).GetString()), $"{field} is missing");
        }
    }

    [Fact]
    public async Task Token_request_of_exactly_the_limit_is_granted()
    {
        var form = TokenForm(padding: 0);
        var size = (await new FormUrlEncodedContent(form).ReadAsByteArrayAsync()).Length;
        using var response = await PostFormAsync("oauth2/v2.0/token", TokenForm(padding: Limit - size - "&padding=".Length), withContentLength: true);

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task Device_code_request_above_the_limit_is_413()
    {
        var form = new Dictionary<string, string>
        {
            ["client_id"] = IdentitySeed.PublicClient.ToString(),
            ["scope"] = IdentitySeed.UserScope,
            ["padding"] = new string('x', Limit),
        };

        using var response = await PostFormAsync("oauth2/v2.0/devicecode", form, withContentLength: true);

        Assert.Equal(90015, (await IdentityClient.ReadAadErrorAsync(response, 413)).Code);
    }

    private static Dictionary<string, string> TokenForm(int padding)
    {
        var form = EmulatorFixture.ClientCredentials(TestSeed.SandboxClient, TestSeed.SandboxSecret);
        if (padding > 0)
        {
            form["padding"] = new string('x', padding);
        }

        return form;
    }

    /// <summary>Without a Content-Length the form goes chunked, and the emulator learns its size only by reading it.</summary>
    private async Task<HttpResponseMessage> PostFormAsync(string endpoint, Dictionary<string, string> form, bool withContentLength)
    {
        var bytes = await new FormUrlEncodedContent(form).ReadAsByteArrayAsync();
        HttpContent content = withContentLength ? new ByteArrayContent(bytes) : new StreamContent(new UnknownLengthStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return await emulator.Http.PostAsync($"/{TestSeed.SandboxTenant}/{endpoint}", content);
    }

    /// <summary>A stream that does not tell its length, so HttpClient cannot send a Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
