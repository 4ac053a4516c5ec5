using System;
using System.Management.Automation;
using System.Net;
using PartnerSandbox.Engine;
using PartnerSandbox.Errors;
using Xunit;

namespace PartnerSandbox.Cmdlets.Tests;

/// <summary>How the catalog classifies failures: a code by the service that gave it, a cause the engine found by its kind.</summary>
public class ErrorCatalogTests
{
    [Fact]
    public void A_Partner_Center_code_and_an_Entra_code_with_the_same_digits_mean_different_things()
    {
        // 70000 is Entra's "refresh token not valid"; 20000 is Partner Center's "order not found".
        Assert.Equal("RefreshTokenInvalid", Id(SignIn("70000")));
        Assert.Equal("InvalidRequest", Id(Answer(HttpStatusCode.BadRequest, "70000")));
        Assert.Equal("OrderNotFound", Id(Answer(HttpStatusCode.NotFound, "20000")));
        Assert.Equal("SignInFailed", Id(SignIn("20000")));
    }

    [Fact]
    public void A_resource_context_reads_only_Partner_Center_codes()
    {
        Assert.Equal("CancellationWindowPassed", ErrorCatalog.Classify(Answer(HttpStatusCode.BadRequest, "900117"), ErrorContext.Subscriptions).ErrorId);
        Assert.Equal("OrderTooOldToCancel", ErrorCatalog.Classify(Answer(HttpStatusCode.BadRequest, "900117"), ErrorContext.Orders).ErrorId);
        Assert.Equal("SignInFailed", ErrorCatalog.Classify(SignIn("900117"), ErrorContext.Subscriptions).ErrorId);
    }

    [Theory]
    [InlineData(PartnerCenterFailure.BrowserUnavailable, "BrowserUnavailable", ErrorCategory.ResourceUnavailable)]
    [InlineData(PartnerCenterFailure.AccessTokenExpired, "AccessTokenExpired", ErrorCategory.AuthenticationError)]
    [InlineData(PartnerCenterFailure.FederatedTokenExpired, "FederatedTokenExpired", ErrorCategory.AuthenticationError)]
    [InlineData(PartnerCenterFailure.ManagedIdentityUnavailable, "ManagedIdentityUnavailable", ErrorCategory.AuthenticationError)]
    [InlineData(PartnerCenterFailure.UnreadableSignInAnswer, "UnreadableSignInAnswer", ErrorCategory.InvalidResult)]
    [InlineData(PartnerCenterFailure.CustomerHasActiveOrders, "CustomerHasActiveOrders", ErrorCategory.InvalidOperation)]
    [InlineData(PartnerCenterFailure.OrderTooOldToCancel, "OrderTooOldToCancel", ErrorCategory.InvalidOperation)]
    [InlineData(PartnerCenterFailure.ChangeStillPending, "CancellationStillPending", ErrorCategory.OperationTimeout)]
    public void Each_cause_the_engine_finds_itself_has_its_error_id_and_category(PartnerCenterFailure failure, string errorId, ErrorCategory category)
    {
        var kind = ErrorCatalog.Classify(new PartnerCenterException(failure, "what happened"));

        Assert.Equal(errorId, kind.ErrorId);
        Assert.Equal(category, kind.Category);
        Assert.False(string.IsNullOrWhiteSpace(kind.RecommendedAction));
    }

    [Fact]
    public void Every_kind_of_failure_has_an_error_with_a_recommended_action()
    {
        foreach (var failure in Enum.GetValues<PartnerCenterFailure>())
        {
            var kind = ErrorCatalog.Classify(new PartnerCenterException(failure, "what happened"));

            Assert.False(string.IsNullOrWhiteSpace(kind.RecommendedAction), failure + " has no recommended action");
        }
    }

    [Fact]
    public void A_cause_the_engine_found_is_said_as_it_is_whatever_code_of_the_service_it_keeps()
    {
        var refusal = new PartnerCenterException(
            PartnerCenterFailure.CustomerHasActiveOrders, "orders block it", HttpStatusCode.BadRequest, ErrorSource.PartnerCenter, "800002");

        Assert.Equal("CustomerHasActiveOrders", Id(refusal));
        Assert.Equal("InvalidRequest", Id(Answer(HttpStatusCode.BadRequest, "800002")));
    }

    [Fact]
    public void A_conflict_is_a_busy_resource_as_an_order_with_a_change_in_progress_is()
    {
        Assert.Equal(ErrorCategory.ResourceBusy, ErrorCatalog.Classify(Answer(HttpStatusCode.Conflict, null)).Category);
        Assert.Equal(ErrorCategory.ResourceBusy, ErrorCatalog.Classify(Answer(HttpStatusCode.Conflict, "800014")).Category);
    }

    [Fact]
    public void The_advice_that_engine_messages_no_longer_give_is_in_the_recommended_action()
    {
        Assert.Contains("-UseDeviceAuthentication", Action(PartnerCenterFailure.BrowserUnavailable), StringComparison.Ordinal);
        Assert.Contains("-RefreshToken", Action(PartnerCenterFailure.AccessTokenExpired), StringComparison.Ordinal);
        Assert.Contains("-FederatedToken", Action(PartnerCenterFailure.FederatedTokenExpired), StringComparison.Ordinal);
        Assert.Contains("-Identity,", Action(PartnerCenterFailure.FederatedTokenExpired), StringComparison.Ordinal);
        Assert.Contains("-IdentityClientId", Action(PartnerCenterFailure.ManagedIdentityUnavailable), StringComparison.Ordinal);
    }

    private static PartnerCenterException SignIn(string code) =>
        new(PartnerCenterFailure.SignInFailed, "AADSTS" + code, HttpStatusCode.BadRequest, ErrorSource.EntraId, code);

    private static PartnerCenterException Answer(HttpStatusCode status, string? code) =>
        new(PartnerCenterFailure.ServiceError, "Partner Center answered", status, ErrorSource.PartnerCenter, code);

    private static string Id(PartnerCenterException exception) => ErrorCatalog.Classify(exception).ErrorId;

    private static string Action(PartnerCenterFailure failure) => ErrorCatalog.Classify(new PartnerCenterException(failure, "what happened")).RecommendedAction!;
}
