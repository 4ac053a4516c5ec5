using System;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Net;
using System.Security.Authentication;
using System.Text.RegularExpressions;
using PartnerSandbox.Engine;
using PartnerSandbox.Errors;
using Xunit;

namespace PartnerSandbox.Cmdlets.Tests;

/// <summary>
/// Advice is given once: an error's message says what happened, its recommended action what to do. Each case is an
/// error record as the module writes it, from the engine's or the module's own words. Not here: the errors that quote
/// an item's own reason (an order's NotCancellableReason, a connection's), which the item shows where no recommended
/// action stands beside it.
/// </summary>
public class ErrorAdviceTests
{
    // A clause that tells the user what to do: an imperative at the start of the text or after a stop, colon or semicolon.
    private static readonly Regex AdviceClause = new(
        @"(^|[.;:]\s+)(Run|Use|Add|Connect|Check|Give|Remove|Cancel|Look|Leave|Get|Pipe|Copy|Have|Wait|Try|Sign|Create|Upload|Request|Pass|Filter|Swap)\s",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static TheoryData<string> Cases() => new()
    {
        "BrowserUnavailable", "AccessTokenExpired", "FederatedTokenExpired", "ManagedIdentityUnavailable", "UnreadableSignInAnswer", "SignInFailed",
        "CustomerHasActiveOrders", "BlockingOrderTooOld", "BlockingOrderStillPending", "ConnectionFailed", "TimedOut", "Throttled", "UnreadableResponse",
        "AnswerTooLarge", "OutcomeUnknown", "NotConfirmed", "Redirected", "RouteNotFound", "MethodNotAllowed", "AddressTooLong", "UntrustedLoopbackCertificate",
        "NotConnected", "ConnectionClosed", "OrderTooOld", "OrderStillPending", "SubscriptionStillPending", "ConfirmationNotPossible", "OrderNotFoundAnywhere",
        "SubscriptionNotFoundAnywhere", "SubscriptionCancelledByOrder", "SubscriptionWindowPassed", "SubscriptionSuspended", "AzurePlanHasActiveSubscriptions",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_error_gives_its_advice_in_the_recommended_action_only(string name)
    {
        var record = Record(name);
        var message = record.ErrorDetails.Message;
        var action = record.ErrorDetails.RecommendedAction;

        Assert.False(string.IsNullOrWhiteSpace(action), name + " has no recommended action");
        Assert.False(AdviceClause.IsMatch(message), name + "'s message gives advice: " + message);
        foreach (var sentence in Regex.Split(action, @"(?<=[.;])\s+").Select(s => s.Trim(' ', '.', ';')).Where(s => s.Length > 12))
        {
            Assert.DoesNotContain(sentence, message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_check_finds_advice_in_a_message()
    {
        Assert.Matches(AdviceClause, "Cannot open a browser here. Use -UseDeviceAuthentication to sign in from another device.");
        Assert.Matches(AdviceClause, "The certificate is self-signed: add -SkipCertificateCheck to Connect-PCSandbox.");
        Assert.DoesNotMatch(AdviceClause, "The access token the connection was given expired at 2026-11-27 09:05:00Z; an access token cannot be renewed.");
    }

    private static ErrorRecord Record(string name) => name switch
    {
        "BrowserUnavailable" => Engine(PartnerCenterFailure.BrowserUnavailable, EngineMessages.NoBrowser),
        "AccessTokenExpired" => Engine(PartnerCenterFailure.AccessTokenExpired, EngineMessages.AccessTokenExpired),
        "FederatedTokenExpired" => Engine(PartnerCenterFailure.FederatedTokenExpired, Say(EngineMessages.FederatedTokenExpired, EngineMessages.FederatedTokenRefusedAsExpired)),
        "ManagedIdentityUnavailable" => Engine(PartnerCenterFailure.ManagedIdentityUnavailable, EngineMessages.ManagedIdentityUnavailable),
        "UnreadableSignInAnswer" => Engine(PartnerCenterFailure.UnreadableSignInAnswer, EngineMessages.SignInAnswerUnreadable),
        "SignInFailed" => Engine(PartnerCenterFailure.SignInFailed, Say(EngineMessages.SignInFailed, "contoso.onmicrosoft.com", "AADSTS7000215: Invalid client secret provided.")),
        "CustomerHasActiveOrders" => Engine(PartnerCenterFailure.CustomerHasActiveOrders, EngineMessages.CustomerHasActiveOrders, HttpStatusCode.BadRequest),
        "BlockingOrderTooOld" => Engine(PartnerCenterFailure.OrderTooOldToCancel, Blocked(EngineMessages.BlockingOrderTooOld), HttpStatusCode.BadRequest),
        "BlockingOrderStillPending" => Engine(PartnerCenterFailure.ChangeStillPending, Blocked(EngineMessages.BlockingStillPending), HttpStatusCode.BadRequest),
        "ConnectionFailed" => Engine(PartnerCenterFailure.ConnectionFailed, EngineMessages.ConnectionFailed),
        "TimedOut" => Engine(PartnerCenterFailure.TimedOut, EngineMessages.TimedOut),
        "Throttled" => Engine(PartnerCenterFailure.Throttled, EngineMessages.ThrottleTooLong, (HttpStatusCode)429),
        "UnreadableResponse" => Engine(PartnerCenterFailure.UnreadableResponse, EngineMessages.ResponseNotUnderstood),
        "AnswerTooLarge" => Engine(PartnerCenterFailure.AnswerTooLarge, EngineMessages.AnswerTooLarge),
        "OutcomeUnknown" => Engine(PartnerCenterFailure.OutcomeUnknown, EngineMessages.OutcomeUnknown),
        "NotConfirmed" => Engine(PartnerCenterFailure.NotConfirmed, Say(EngineMessages.ReadAgainNotDone, Say(EngineMessages.AnswerNotTheResource))),
        "Redirected" => Engine(PartnerCenterFailure.ServiceError, EngineMessages.Redirected, HttpStatusCode.Found),
        "RouteNotFound" => Engine(PartnerCenterFailure.ServiceError, EngineMessages.RouteNotFound, HttpStatusCode.NotFound),
        "MethodNotAllowed" => Engine(PartnerCenterFailure.ServiceError, EngineMessages.MethodNotAllowed, HttpStatusCode.MethodNotAllowed),
        "AddressTooLong" => Engine(PartnerCenterFailure.ServiceError, EngineMessages.AddressTooLong, HttpStatusCode.RequestUriTooLong),
        "UntrustedLoopbackCertificate" => ErrorCatalog.UntrustedLoopbackCertificate(
            new PartnerCenterException(
                PartnerCenterFailure.ConnectionFailed, Say(EngineMessages.ConnectionFailed), innerException: new AuthenticationException("The remote certificate is invalid: UntrustedRoot")),
            new Uri("https://127.0.0.1:5001/"),
            null)!,
        "NotConnected" => Module(ErrorKinds.NotConnected, Messages.NotConnected),
        "ConnectionClosed" => Module(ErrorKinds.NotConnected, Messages.ConnectionClosed),
        "OrderTooOld" => Module(ErrorKinds.OrderTooOldToCancel, Messages.OrderTooOld),
        "OrderStillPending" => Module(ErrorKinds.CancellationStillPending, Messages.StillPending),
        "SubscriptionStillPending" => Module(ErrorKinds.SubscriptionCancellationStillPending, Messages.SubscriptionStillPending),
        "ConfirmationNotPossible" => Module(ErrorKinds.ConfirmationNotPossible, Messages.ConfirmationNotPossible),
        "OrderNotFoundAnywhere" => Module(ErrorKinds.OrderNotFound, Messages.OrderNotFoundAnywhere),
        "SubscriptionNotFoundAnywhere" => Module(ErrorKinds.SubscriptionNotFound, Messages.SubscriptionNotFoundAnywhere),
        "SubscriptionCancelledByOrder" => Module(ErrorKinds.CancelOrderInstead, Say(Messages.SubscriptionRefused, "s", "c", Say(EngineMessages.SubscriptionCancelledByOrder))),
        "SubscriptionWindowPassed" => Module(ErrorKinds.CancellationWindowPassed, Say(Messages.SubscriptionRefused, "s", "c", Say(EngineMessages.SubscriptionWindowPassed))),
        "SubscriptionSuspended" => Module(ErrorKinds.SubscriptionSuspended, Say(Messages.SubscriptionRefused, "s", "c", EngineMessages.SubscriptionSuspended)),
        "AzurePlanHasActiveSubscriptions" =>
            Module(ErrorKinds.AzurePlanHasActiveAzureSubscriptions, Say(Messages.SubscriptionRefused, "s", "c", Say(EngineMessages.AzurePlanHasActiveSubscriptions))),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static ErrorRecord Engine(PartnerCenterFailure failure, string text, HttpStatusCode? status = null) =>
        ErrorCatalog.FromEngine(new PartnerCenterException(failure, Say(text), status), null, "Order o-1 of customer c-1");

    private static ErrorRecord Module(ErrorKind kind, string text) => ErrorCatalog.Create(new InvalidOperationException(Say(text)), kind, null, Say(text));

    private static string Blocked(string reason) => Say(EngineMessages.BlockingOrdersNotCancelled, Say(EngineMessages.OrderAndReason, "ri-old", Say(reason)), string.Empty);

    // The placeholders filled with words: a format such as {0:u} or {0:0} leaves a text as it is.
    private static string Say(string text, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, text, values.Concat(Enumerable.Range(values.Length, 10).Select(i => (object)("value" + i))).ToArray());
}
