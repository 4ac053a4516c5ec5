using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace PartnerSandbox.Engine.Tests;

/// <summary>Answers that are not the service's own refusal say what really happened, not "Partner Center failed".</summary>
public class ServiceAnswerTests
{
    private const string Customer = "0c1e1b8a-7a7e-4f4f-9d0e-2b0e8f8a1c01";
    private readonly List<TimeSpan> waits = new();

    private async Task<PartnerCenterException> FailureOf(ScriptedTransport transport)
    {
        using var session = SessionFactory.Create(transport, waits);
        return await Assert.ThrowsAsync<PartnerCenterException>(() => session.Client.GetOrderAsync(Customer, "o1", CancellationToken.None));
    }

    [Fact]
    public async Task A_redirect_is_not_followed_and_says_where_it_pointed()
    {
        var error = await FailureOf(new ScriptedTransport().Then(HttpStatusCode.Found, null, r => r.Headers.Location = new Uri("https://login.contoso.example/signin")));

        Assert.Equal(HttpStatusCode.Found, error.StatusCode);
        Assert.Contains("redirect to https://login.contoso.example/signin", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not follow redirects", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_405_names_the_method_and_the_path()
    {
        var error = await FailureOf(new ScriptedTransport().Then(HttpStatusCode.MethodNotAllowed));

        Assert.Contains("does not allow GET on /v1/customers/" + Customer + "/orders/o1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_414_says_the_address_is_too_long()
    {
        var error = await FailureOf(new ScriptedTransport().Then(HttpStatusCode.RequestUriTooLong));

        Assert.Contains("address as too long", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gateways_404_without_a_code_says_there_is_no_such_resource()
    {
        var error = await FailureOf(new ScriptedTransport().Then(HttpStatusCode.NotFound, "{\"statusCode\": 404, \"message\": \"Resource not found\"}"));

        Assert.Null(error.ServiceCode);
        Assert.Contains("has no resource at GET /v1/customers/" + Customer + "/orders/o1 (Resource not found)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_404_with_the_services_code_stays_the_services_refusal()
    {
        var error = await FailureOf(new ScriptedTransport().Then(HttpStatusCode.NotFound, "{\"code\": 20000, \"description\": \"Order not found.\"}"));

        Assert.Equal("20000", error.ServiceCode);
        Assert.Contains("Order not found.", error.Message, StringComparison.Ordinal);
    }
}
