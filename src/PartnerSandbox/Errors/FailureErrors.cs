using System.Collections.Generic;
using System.Management.Automation;
using PartnerSandbox.Engine;

namespace PartnerSandbox.Errors;

/// <summary>What each kind of failure means: the causes the engine found itself, and how a call failed where no code says more.</summary>
internal static class FailureErrors
{
    /// <summary>Causes the engine found itself: each says more than any code the failure carries (a blocked removal keeps the service's refusal).</summary>
    public static readonly Dictionary<PartnerCenterFailure, ErrorKind> OwnCauses = new()
    {
        // A browser is a resource this host does not have; the sign-in itself is implemented.
        [PartnerCenterFailure.BrowserUnavailable] = new("BrowserUnavailable", ErrorCategory.ResourceUnavailable, Messages.BrowserUnavailableAction),
        [PartnerCenterFailure.AccessTokenExpired] = new("AccessTokenExpired", ErrorCategory.AuthenticationError, Messages.AccessTokenExpiredAction),
        [PartnerCenterFailure.FederatedTokenExpired] = new("FederatedTokenExpired", ErrorCategory.AuthenticationError, Messages.FederatedTokenExpiredAction),
        [PartnerCenterFailure.ManagedIdentityUnavailable] = new("ManagedIdentityUnavailable", ErrorCategory.AuthenticationError, Messages.ManagedIdentityUnavailableAction),
        [PartnerCenterFailure.UnreadableSignInAnswer] = new("UnreadableSignInAnswer", ErrorCategory.InvalidResult, Messages.UnreadableSignInAnswerAction),
        [PartnerCenterFailure.CustomerHasActiveOrders] = new("CustomerHasActiveOrders", ErrorCategory.InvalidOperation, Messages.CustomerHasActiveOrdersAction),
        [PartnerCenterFailure.OrderTooOldToCancel] = ErrorKinds.OrderTooOldToCancel,
        [PartnerCenterFailure.ChangeStillPending] = ErrorKinds.CancellationStillPending,
    };

    /// <summary>How a call failed, for a failure whose code (if any) and status say nothing more.</summary>
    public static readonly Dictionary<PartnerCenterFailure, ErrorKind> General = new()
    {
        [PartnerCenterFailure.Throttled] = ErrorKinds.Throttled,
        [PartnerCenterFailure.ConnectionFailed] = new("ConnectionFailed", ErrorCategory.ConnectionError, Messages.ConnectionFailedAction),
        [PartnerCenterFailure.TimedOut] = new("OperationTimeout", ErrorCategory.OperationTimeout, Messages.TimedOutAction),
        [PartnerCenterFailure.UnreadableResponse] = new("UnreadableResponse", ErrorCategory.InvalidResult, Messages.UnreadableResponseAction),
        [PartnerCenterFailure.AnswerTooLarge] = new("AnswerTooLarge", ErrorCategory.LimitsExceeded, Messages.AnswerTooLargeAction),
        [PartnerCenterFailure.OutcomeUnknown] = new("OutcomeUnknown", ErrorCategory.ConnectionError, Messages.OutcomeUnknownAction),
        [PartnerCenterFailure.NotConfirmed] = new("CancellationNotConfirmed", ErrorCategory.InvalidResult, Messages.NotConfirmedAction),
        [PartnerCenterFailure.SignInFailed] = new("SignInFailed", ErrorCategory.AuthenticationError, Messages.SignInFailedAction),
        [PartnerCenterFailure.ServiceError] = new("ServiceError", ErrorCategory.ResourceUnavailable, Messages.ServiceErrorAction),
    };
}
