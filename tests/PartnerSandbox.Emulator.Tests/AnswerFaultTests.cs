using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>The <c>answer</c> fault: any status, headers and body, instead of processing. Each test aims at an order of its own.</summary>
public sealed class AnswerFaultTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Answer_200_with_an_html_body_is_what_the_client_gets_and_changes_nothing()
    {
        const string page = "<html><body>Sign in to continue</body></html>";
        await emulator.AddFaultAsync($$"""{"method": "PATCH", "pathContains": "/orders/perpetual-recent", "kind": "answer", "status": 200, "body": "{{page}}", "contentType": "text/html; charset=utf-8"}""");

        using var response = await emulator.CancelAsync(TestSeed.Contoso, "perpetual-recent");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(page, await response.Content.ReadAsStringAsync());
        Assert.Equal(0, emulator.Server.State.FindOrder("perpetual-recent")!.StateChanges);
    }

    [Fact]
    public async Task Answer_302_with_a_location_sends_the_client_there()
    {
        const string requestId = "b2c3d4e5-0001-4f60-9a1b-2c3d4e5f6a01";
        await emulator.AddFaultAsync($$$"""{"method": "GET", "pathContains": "/orders/ri-recent-1", "kind": "answer", "status": 302, "headers": {"Location": "{{{emulator.Origin()}}}/devicelogin"}}""");

        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders/ri-recent-1", requestId: requestId);

        Assert.Equal("/devicelogin", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(302, (await emulator.LoggedRequestAsync(requestId)).GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData(405)]
    [InlineData(414)]
    [InlineData(500)]
    public async Task Answer_without_a_body_is_the_status_and_an_empty_body(int status)
    {
        await emulator.AddFaultAsync($$"""{"method": "GET", "pathContains": "/orders/ri-recent-2?status={{status}}", "kind": "answer", "status": {{status}}}""");

        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders/ri-recent-2?status={status}");

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(0, response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Answer_with_headers_sends_them()
    {
        await emulator.AddFaultAsync("""{"method": "GET", "pathContains": "/orders/ri-recent-3", "kind": "answer", "status": 503, "headers": {"Retry-After": "5", "X-Emulator-Test": "yes"}}""");

        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders/ri-recent-3");

        Assert.Equal(503, (int)response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Equal("yes", Assert.Single(response.Headers.GetValues("X-Emulator-Test")));
    }

    [Fact]
    public async Task Answer_pad_to_makes_an_oversized_answer_that_is_still_valid_JSON()
    {
        const string body = """{"totalCount":0,"items":[]}""";
        const int size = 3 * 1024 * 1024;
        await emulator.AddFaultAsync($$"""{"method": "GET", "pathContains": "/orders/software-sub-recent", "kind": "answer", "status": 200, "body": {{JsonSerializer.Serialize(body)}}, "padTo": {{size}}}""");

        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders/software-sub-recent");

        Assert.Equal(size, response.Content.Headers.ContentLength);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(size, text.Length);
        Assert.Equal(body, text.TrimEnd(' '));
        Assert.Equal(0, JsonDocument.Parse(text).RootElement.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Answer_with_an_informational_status_leaves_the_client_waiting_for_a_final_answer()
    {
        await emulator.AddFaultAsync("""{"method": "GET", "pathContains": "/orders/saas-recent", "kind": "answer", "status": 100}""");
        using var clientTimeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            emulator.Http.GetAsync($"/v1/customers/{TestSeed.Contoso}/orders/saas-recent", clientTimeout.Token));
    }

    [Theory]
    [InlineData("""{"kind": "answer"}""", "'status' must be an HTTP status (100-599) for kind 'answer', got ''")]
    [InlineData("""{"kind": "answer", "status": 600}""", "'status' must be an HTTP status (100-599)")]
    [InlineData("""{"kind": "answer", "status": 204, "body": "{}"}""", "'body' and 'padTo' cannot go with status 204")]
    [InlineData("""{"kind": "answer", "status": 304, "padTo": 10}""", "'body' and 'padTo' cannot go with status 304")]
    [InlineData("""{"kind": "answer", "status": 200, "padTo": -1}""", "'padTo' must be a number of bytes from 0 to 1073741824")]
    [InlineData("""{"kind": "answer", "status": 200, "padTo": 1073741825}""", "'padTo' must be a number of bytes")]
    [InlineData("""{"kind": "answer", "status": 200, "contentType": "html"}""", "'contentType' must be a media type")]
    [InlineData("""{"kind": "answer", "status": 200, "headers": {"Content-Length": "5"}}""", "'headers' cannot set 'Content-Length'")]
    [InlineData("""{"kind": "answer", "status": 200, "headers": {"content-type": "text/html"}}""", "'headers' cannot set 'content-type'")]
    [InlineData("""{"kind": "answer", "status": 200, "headers": {"Bad Name": "x"}}""", "'headers' names must be HTTP header names")]
    [InlineData("""{"kind": "answer", "status": 200, "headers": {"X-Split": "a\nb"}}""", "'headers' value of 'X-Split' must be a string of printable ASCII")]
    [InlineData("""{"kind": "answer", "status": 200, "headers": {"Retry-After": 5}}""", "$.headers.Retry-After")]
    [InlineData("""{"kind": "answer", "status": "200"}""", "$.status")]
    [InlineData("""{"kind": "answer", "status": 200, "scope": "everywhere"}""", "'scope' must be 'api' or 'identity', got 'everywhere'")]
    [InlineData("""{"kind": "teapot"}""", "'kind' must be 'status', 'drop', 'delay', 'applyThenDrop', 'applyThenDelay', 'answer' or 'trickle', got 'teapot'")]
    public async Task Invalid_answer_is_400_naming_the_field_and_what_was_expected(string body, string expected)
    {
        using var response = await emulator.AdminAsync(HttpMethod.Post, "/faults", body);

        Assert.Contains(expected, await FaultClient.ReadInvalidInputAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_answer_leaves_no_rule()
    {
        using var refused = await emulator.AdminAsync(HttpMethod.Post, "/faults", """{"pathContains": "/orders/saas-recent?never", "kind": "answer", "status": 204, "body": "x"}""");
        Assert.Equal(400, (int)refused.StatusCode);

        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders/saas-recent?never");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.NotEmpty((await EmulatorFixture.ReadJsonAsync(response)).GetProperty("lineItems").EnumerateArray().ToList());
    }
}
