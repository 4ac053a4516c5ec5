using System.Globalization;
using System.Management.Automation;
using PartnerSandbox.Engine;

namespace PartnerSandbox.Errors;

/// <summary>
/// The error kinds that the cmdlets raise themselves or that more than one table gives. Error ids are stable: scripts
/// and runbooks match on them, so a kind found two ways keeps one id.
/// </summary>
internal static class ErrorKinds
{
    public static readonly ErrorKind NotConnected = new("NotConnected", ErrorCategory.AuthenticationError, Messages.NotConnectedAction);
    public static readonly ErrorKind NotAuthenticated = new("NotAuthenticated", ErrorCategory.AuthenticationError, Messages.NotAuthenticatedAction);
    public static readonly ErrorKind InvalidArgument = new("InvalidArgument", ErrorCategory.InvalidArgument);
    public static readonly ErrorKind InvalidRequest = new("InvalidRequest", ErrorCategory.InvalidArgument);
    public static readonly ErrorKind Throttled = new("Throttled", ErrorCategory.LimitsExceeded, Messages.ThrottledAction);
    public static readonly ErrorKind CertificateNotTrusted = new("CertificateNotTrusted", ErrorCategory.SecurityError, Messages.CertificateNotTrustedAction);

    /// <summary>The certificate of a host on this machine (the emulator's self-signed one): one flag away.</summary>
    public static readonly ErrorKind LoopbackCertificateNotTrusted = new(CertificateNotTrusted.ErrorId, ErrorCategory.SecurityError, Messages.SkipCertificateCheckAction);
    public static readonly ErrorKind NotASandboxAccount = new("NotASandboxAccount", ErrorCategory.PermissionDenied, Messages.NotASandboxAccountAction);
    public static readonly ErrorKind ConfirmationNotPossible = new("ConfirmationNotPossible", ErrorCategory.InvalidOperation, Messages.ConfirmationNotPossibleAction);
    public static readonly ErrorKind MfaRequiredBySignIn = new("MfaRequired", ErrorCategory.AuthenticationError, Messages.MfaRequiredBySignInAction);
    public static readonly ErrorKind MfaRequiredByApi = new("MfaRequired", ErrorCategory.AuthenticationError, Messages.MfaRequiredByApiAction);

    // Orders.
    public static readonly ErrorKind OrderTooOldToCancel = new(
        "OrderTooOldToCancel", ErrorCategory.InvalidOperation, string.Format(CultureInfo.InvariantCulture, Messages.OrderTooOldAction, SandboxRules.CancellationWindow.TotalDays));
    public static readonly ErrorKind OrderNotFound = new("OrderNotFound", ErrorCategory.ObjectNotFound, Messages.OrderNotFoundAction);
    public static readonly ErrorKind OrderInProgress = new("OrderInProgress", ErrorCategory.ResourceBusy, Messages.OrderInProgressAction);
    public static readonly ErrorKind CancelSubscriptionInstead = new("CancelSubscriptionInstead", ErrorCategory.InvalidOperation, Messages.CancelSubscriptionInsteadAction);
    public static readonly ErrorKind CancellationStillPending = new("CancellationStillPending", ErrorCategory.OperationTimeout, Messages.CancellationStillPendingAction);

    // Subscriptions.
    public static readonly ErrorKind CancelOrderInstead = new("CancelOrderInstead", ErrorCategory.InvalidOperation, Messages.CancelOrderInsteadAction);
    public static readonly ErrorKind CancellationWindowPassed = new("CancellationWindowPassed", ErrorCategory.InvalidOperation, Messages.CancellationWindowPassedAction);
    public static readonly ErrorKind SubscriptionSuspended = new("SubscriptionSuspended", ErrorCategory.InvalidOperation, Messages.SubscriptionSuspendedAction);
    public static readonly ErrorKind AzurePlanHasActiveAzureSubscriptions =
        new("AzurePlanHasActiveAzureSubscriptions", ErrorCategory.InvalidOperation, Messages.AzurePlanHasActiveAzureSubscriptionsAction);
    public static readonly ErrorKind SubscriptionNotFound = new("SubscriptionNotFound", ErrorCategory.ObjectNotFound, Messages.SubscriptionNotFoundAction);
    public static readonly ErrorKind SubscriptionCancellationStillPending = new(CancellationStillPending.ErrorId, ErrorCategory.OperationTimeout, Messages.SubscriptionStillPendingAction);
}
