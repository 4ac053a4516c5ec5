using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace PartnerSandbox.Engine.Tests;

public class HandlerChainTests
{
    private const string Customer = "0c1e1b8a-7a7e-4f4f-9d0e-2b0e8f8a1c01";
    private const string OrderJson = "{\"id\":\"o1\",\"status\":\"completed\",\"creationDate\":\"2026-11-01T10:00:00.1234567Z\",\"lineItems\":[]}";
    private readonly List<TimeSpan> waits = new();

    private static string Header(System.Net.Http.HttpRequestMessage request, string name) => request.Headers.GetValues(name).Single();

    [Fact]
    public async Task Every_request_carries_the_contract_headers_and_the_token()
    {
        var transport = new ScriptedTransport().Then(HttpStatusCode.OK, OrderJson);
        using var session = SessionFactory.Create(transport, waits);

        await session.Client.GetOrderAsync(Customer, "o1", CancellationToken.None);

        var request = transport.Received.Single().Request;
        Assert.Equal("https://127.0.0.1:5999/v1/customers/" + Customer + "/orders/o1", request.RequestUri!.ToString());
        Assert.True(Guid.TryParse(Header(request, "MS-RequestId"), out _));
        Assert.True(Guid.TryParse(Header(request, "MS-CorrelationId"), out _));
        Assert.Equal("v1", Header(request, "MS-Contract-Version"));
        Assert.Equal("en-US", Header(request, "X-Locale"));
        Assert.Equal("application/json", request.Headers.Accept.Single().MediaType);
        Assert.Equal("PartnerSandbox/9.9.9", request.Headers.UserAgent.ToString());
        Assert.Equal("Bearer " + FixedTokenProvider.Token, request.Headers.Authorization!.ToString());
    }

    [Fact]
    public async Task Two_logical_requests_get_different_request_ids()
    {
        var transport = new ScriptedTransport().Then(HttpStatusCode.OK, OrderJson).Then(HttpStatusCode.OK, OrderJson);
        using var session = SessionFactory.Create(transport, waits);

        await session.Client.GetOrderAsync(Customer, "o1", CancellationToken.None);
        await session.Client.GetOrderAsync(Customer, "o1", CancellationToken.None);

        var ids = transport.Received.Select(r => Header(r.Request, "MS-RequestId")).Distinct().ToList();
        Assert.Equal(2, ids.Count);
    }

    [Fact]
    public async Task A_429_is_waited_out_for_at_least_Retry_After_and_retried_with_the_same_request_id()
    {
        var transport = new ScriptedTransport()
            .Then((HttpStatusCode)429, "{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in 7 seconds.\"}", r => r.Headers.Add("Retry-After", "7"))
            .Then(HttpStatusCode.OK, OrderJson);
        using var session = SessionFactory.Create(transport, waits);

        var order = await session.Client.SendCancellationAsync(Customer, "o1", CancellationToken.None);

        Assert.Equal("o1", order.Id);
        Assert.Equal(2, transport.Received.Count);
        Assert.True(waits.Single() >= TimeSpan.FromSeconds(7), "waited " + waits.Single());
        Assert.Single(transport.Received.Select(r => Header(r.Request, "MS-RequestId")).Distinct());
        Assert.All(transport.Received, r => Assert.Equal("{\"id\":\"o1\",\"status\":\"cancelled\"}", r.Body));
    }

    [Fact]
    public async Task Server_errors_and_dropped_connections_are_retried_with_growing_backoff()
    {
        var transport = new ScriptedTransport()
            .Then(HttpStatusCode.ServiceUnavailable)
            .ThenDrop()
            .Then(HttpStatusCode.RequestTimeout)
            .Then(HttpStatusCode.OK, OrderJson);
        using var session = SessionFactory.Create(transport, waits);

        await session.Client.GetOrderAsync(Customer, "o1", CancellationToken.None);

        Assert.Equal(4, transport.Received.Count);
        Assert.Equal(3, waits.Count);
        Assert.True(waits[0] < waits[1] && waits[1] < waits[2], string.Join(", ", waits));
        Assert.Single(transport.Received.Select(r => Header(r.Request, "MS-RequestId")).Distinct());
    }

    [Fact]
    public async Task An_attempt_that_outlives_its_timeout_is_tried_again_with_the_same_request_id()
    {
        var transport = new ScriptedTransport().ThenHang().Then(HttpStatusCode.OK, OrderJson);
        var settings = Connections.ConnectionSettingsResolver.Resolve("contoso.onmicrosoft.com", null, new Uri("https://127.0.0.1:5999"), null, false);
        var policy = new Http.RetryPolicy { AttemptTimeout = TimeSpan.FromMilliseconds(100), Delay = (_, _) => Task.CompletedTask };
        using var session = new PartnerCenterSession(settings, "client", new FixedTokenProvider(), transport, policy, "PartnerSandbox/9.9.9");

        var order = await session.Client.SendCancellationAsync(Customer, "o1", CancellationToken.None);

        Assert.Equal("o1", order.Id);
        Assert.Equal(2, transport.Received.Count);
        Assert.Single(transport.Received.Select(r => Header(r.Request, "MS-RequestId")).Distinct());
    }

    [Fact]
    public async Task Attempts_that_all_time_out_end_in_a_timeout_failure()
    {
        var transport = new ScriptedTransport().ThenHang().ThenHang();
        var settings = Connections.ConnectionSettingsResolver.Resolve("contoso.onmicrosoft.com", null, new Uri("https://127.0.0.1:5999"), null, false);
        var policy = new Http.RetryPolicy { MaxAttempts = 2, AttemptTimeout = TimeSpan.FromMilliseconds(100), Delay = (_, _) => Task.CompletedTask };
        using var session = new PartnerCenterSession(settings, "client", new FixedTokenProvider(), transport, policy, "PartnerSandbox/9.9.9");

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => session.Client.GetOrdersAsync(Customer, null, false, CancellationToken.None));

        Assert.Equal(PartnerCenterFailure.TimedOut, error.Failure);
        Assert.Contains("2 attempt(s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_that_never_answers_fails_after_the_last_attempt_with_the_request_id()
    {
        var transport = new ScriptedTransport().ThenDrop().ThenDrop().ThenDrop();
        using var session = SessionFactory.Create(transport, waits, maxAttempts: 3);

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => session.Client.GetOrdersAsync(Customer, null, false, CancellationToken.None));

        Assert.Equal(PartnerCenterFailure.ConnectionFailed, error.Failure);
        Assert.Equal(3, transport.Received.Count);
        Assert.Equal(Header(transport.Received[0].Request, "MS-RequestId"), error.RequestId);
        Assert.Contains("3 attempt(s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_errors_are_not_retried_and_carry_the_service_code_and_ids()
    {
        var transport = new ScriptedTransport().Then(
            HttpStatusCode.NotFound,
            "{\"code\": 20000, \"description\": \"Order not found.\", \"data\": [], \"source\": \"PartnerFD\"}",
            r =>
            {
                r.Headers.Add("MS-RequestId", "aaaaaaaa-0000-0000-0000-000000000001");
                r.Headers.Add("MS-CorrelationId", "bbbbbbbb-0000-0000-0000-000000000002");
            });
        using var session = SessionFactory.Create(transport, waits);

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => session.Client.GetOrderAsync(Customer, "nope", CancellationToken.None));

        Assert.Single(transport.Received);
        Assert.Empty(waits);
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("20000", error.ServiceCode);
        Assert.Equal("Order not found.", error.Description);
        Assert.Equal("aaaaaaaa-0000-0000-0000-000000000001", error.RequestId);
        Assert.Equal("bbbbbbbb-0000-0000-0000-000000000002", error.CorrelationId);
        Assert.Contains("20000", error.Message, StringComparison.Ordinal);
        Assert.Contains("aaaaaaaa-0000-0000-0000-000000000001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_policy_allows_fails_as_throttled_without_waiting()
    {
        var transport = new ScriptedTransport().Then((HttpStatusCode)429, "{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in 3600 seconds.\"}", r => r.Headers.Add("Retry-After", "3600"));
        using var session = SessionFactory.Create(transport, waits);
        var log = new RecordingLog();
        PartnerCenterException error;
        using (EngineLog.Use(log))
        {
            error = await Assert.ThrowsAsync<PartnerCenterException>(() => session.Client.GetOrdersAsync(Customer, null, false, CancellationToken.None));
        }

        Assert.Contains(log.Verbose, m => m.Contains("3600 seconds", StringComparison.Ordinal) && m.Contains("300 seconds", StringComparison.Ordinal));
        Assert.Equal(PartnerCenterFailure.Throttled, error.Failure);
        Assert.Equal(TimeSpan.FromSeconds(3600), error.RetryAfter);
        Assert.Contains("Rate limit is exceeded", error.Description, StringComparison.Ordinal);
        Assert.Empty(waits);
    }

    [Fact]
    public async Task Cancelling_the_caller_stops_the_retry_wait()
    {
        var transport = new ScriptedTransport().Then(HttpStatusCode.ServiceUnavailable).Then(HttpStatusCode.OK, OrderJson);
        var settings = Connections.ConnectionSettingsResolver.Resolve("contoso.onmicrosoft.com", null, new Uri("https://127.0.0.1:5999"), null, false);
        using var cancel = new CancellationTokenSource();
        var policy = new Http.RetryPolicy
        {
            Delay = (wait, token) =>
            {
                cancel.Cancel();
                return Task.Delay(wait, token);
            },
        };
        using var session = new PartnerCenterSession(settings, "client", new FixedTokenProvider(), transport, policy, "PartnerSandbox/9.9.9");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.Client.GetOrdersAsync(Customer, null, false, cancel.Token));
        Assert.Single(transport.Received);
    }
}
