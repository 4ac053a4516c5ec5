using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace PartnerSandbox.Engine.Tests;

/// <summary>Every error-body shape the service is known to send gives its code and its words, or says it gave none.</summary>
public class ErrorBodyShapeTests
{
    private const string Customer = "0c1e1b8a-7a7e-4f4f-9d0e-2b0e8f8a1c01";
    private readonly List<TimeSpan> waits = new();

    private async Task<PartnerCenterException> FailureOf(HttpStatusCode status, string body)
    {
        using var session = SessionFactory.Create(new ScriptedTransport().Then(status, body), waits);
        return await Assert.ThrowsAsync<PartnerCenterException>(() => session.Client.SendCancellationAsync(Customer, "o1", CancellationToken.None));
    }

    [Theory]
    [InlineData("{\"code\": 800061, \"description\": \"Order can't be canceled\", \"data\": [], \"source\": \"PartnerFD\"}", "800061", "Order can't be canceled")]
    [InlineData("{\"code\": \"800061\", \"description\": \"Order can't be canceled\"}", "800061", "Order can't be canceled")]
    [InlineData("{\"code\": 800061, \"description\": \"Order can't be canceled\", \"source\": \"PartnerFD\"}", "800061", "Order can't be canceled")]
    [InlineData("{\"code\": 0, \"description\": \"The provided value 'none' is not a valid OrderStatus.\", \"data\": [], \"source\": \"PartnerFD\"}", "0", "The provided value 'none' is not a valid OrderStatus.")]
    [InlineData("{\"errorName\": \"InvalidInput\", \"isRetryable\": false, \"message\": \"The status is not valid.\", \"parameters\": {}}", "InvalidInput", "The status is not valid.")]
    [InlineData("{\"code\": 800002, \"errorName\": \"InvalidInput\", \"isRetryable\": false, \"message\": \"ignored\", \"description\": \"Invalid input.\"}", "800002", "Invalid input.")]
    [InlineData("{\"code\": \"\", \"errorName\": \"InvalidInput\", \"message\": \"No code.\"}", "InvalidInput", "No code.")]
    public async Task A_shape_gives_its_code_and_its_words(string body, string code, string description)
    {
        var error = await FailureOf(HttpStatusCode.BadRequest, body);

        Assert.Equal(PartnerCenterFailure.ServiceError, error.Failure);
        Assert.Equal(code, error.ServiceCode);
        Assert.Equal(ErrorSource.PartnerCenter, error.CodeSource);
        Assert.Equal(description, error.Description);
        Assert.Contains("with error code " + code + ": " + description, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gateways_shape_for_another_status_gives_its_message_and_no_code()
    {
        var error = await FailureOf(HttpStatusCode.Forbidden, "{\"statusCode\": 403, \"message\": \"Access denied by the gateway.\"}");

        Assert.Null(error.ServiceCode);
        Assert.Equal(ErrorSource.None, error.CodeSource);
        Assert.Equal("Access denied by the gateway.", error.Description);
        Assert.Contains("answered 403 (Forbidden): Access denied by the gateway.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gateways_404_is_a_route_the_service_does_not_have()
    {
        var error = await FailureOf(HttpStatusCode.NotFound, "{\"statusCode\": 404, \"message\": \"Resource not found\"}");

        Assert.Null(error.ServiceCode);
        Assert.Contains("has no resource at PATCH /v1/customers/" + Customer + "/orders/o1 (Resource not found)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_404_with_only_an_errorName_is_the_services_own_answer_not_a_missing_route()
    {
        var error = await FailureOf(HttpStatusCode.NotFound, "{\"errorName\": \"OrderNotFound\", \"isRetryable\": false, \"message\": \"No such order.\"}");

        Assert.Equal("OrderNotFound", error.ServiceCode);
        Assert.DoesNotContain("has no resource", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("\"just text\"")]
    [InlineData("null")]
    [InlineData("")]
    public async Task A_body_that_is_no_error_object_gives_the_status_and_says_nothing_was_described(string body)
    {
        var error = await FailureOf(HttpStatusCode.Conflict, body);

        Assert.Equal(HttpStatusCode.Conflict, error.StatusCode);
        Assert.Null(error.ServiceCode);
        Assert.Contains("no description was given", error.Message, StringComparison.Ordinal);
    }
}
