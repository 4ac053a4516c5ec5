using System.Collections.Generic;
using System.Management.Automation;
using System.Net;
using PartnerSandbox.Engine;

namespace PartnerSandbox.Errors;

/// <summary>What Partner Center's answers mean: by the service's own code, and, for an answer without a known code, by its HTTP status.</summary>
internal static class PartnerCenterErrors
{
    public static readonly Dictionary<string, ErrorKind> ByCode = new()
    {
        ["900117"] = ErrorKinds.OrderTooOldToCancel,
        ["800061"] = new("OrderNotCancellable", ErrorCategory.InvalidOperation, Messages.OrderNotCancellableAction),
        ["800063"] = ErrorKinds.CancelSubscriptionInstead,

        // A 403, but nothing to do with permissions: this product is cancelled by its subscription, not by its order.
        ["800077"] = new("SeatBasedSaasNotCancellable", ErrorCategory.InvalidOperation, Messages.SeatBasedSaasNotCancellableAction),
        [SandboxRules.PrimaryAccountCode] = ErrorKinds.NotASandboxAccount,
        ["20002"] = new("NoRelationshipWithCustomer", ErrorCategory.PermissionDenied, Messages.NoRelationshipWithCustomerAction),
        ["20000"] = ErrorKinds.OrderNotFound,
        [SandboxRules.CustomerNotFoundCode] = new("CustomerNotFound", ErrorCategory.ObjectNotFound, Messages.CustomerNotFoundAction),
        ["900118"] = new("InvalidCustomerId", ErrorCategory.InvalidArgument, Messages.InvalidCustomerIdAction),
        ["800002"] = ErrorKinds.InvalidRequest,
        ["800018"] = new("SandboxLimitReached", ErrorCategory.LimitsExceeded, Messages.SandboxLimitReachedAction),
        ["800001"] = ErrorKinds.NotAuthenticated,
        ["900421"] = ErrorKinds.MfaRequiredByApi,
        ["10001"] = ErrorKinds.MfaRequiredByApi,
        ["900420"] = new("WrongTokenAudience", ErrorCategory.AuthenticationError, Messages.WrongTokenAudienceAction),
        ["900329"] = new("AppOnlyNotSupported", ErrorCategory.PermissionDenied, Messages.AppOnlyNotSupportedAction),
        ["800014"] = ErrorKinds.OrderInProgress,
        ["800060"] = ErrorKinds.OrderInProgress,
        ["20003"] = ErrorKinds.SubscriptionNotFound,
        ["2011"] = new("SubscriptionDeleted", ErrorCategory.InvalidOperation, Messages.SubscriptionDeletedAction),
        ["800091"] = ErrorKinds.SubscriptionSuspended,
        ["800096"] = new("SubscriptionStatusNotChangeable", ErrorCategory.InvalidOperation, Messages.SubscriptionStatusNotChangeableAction),
        ["900115"] = ErrorKinds.AzurePlanHasActiveAzureSubscriptions,
    };

    private static readonly ErrorKind Redirected = new("Redirected", ErrorCategory.InvalidOperation, Messages.CheckEndpointAction);

    private static readonly Dictionary<HttpStatusCode, ErrorKind> ByStatusCode = new()
    {
        [HttpStatusCode.BadRequest] = ErrorKinds.InvalidRequest,
        [HttpStatusCode.Unauthorized] = ErrorKinds.NotAuthenticated,
        [HttpStatusCode.Forbidden] = new("PermissionDenied", ErrorCategory.PermissionDenied, Messages.PermissionDeniedAction),
        [HttpStatusCode.NotFound] = new("NotFound", ErrorCategory.ObjectNotFound, Messages.CheckEndpointAction),
        [HttpStatusCode.MethodNotAllowed] = new("MethodNotAllowed", ErrorCategory.InvalidOperation, Messages.CheckEndpointAction),
        [HttpStatusCode.RequestUriTooLong] = new("AddressTooLong", ErrorCategory.InvalidArgument, Messages.AddressTooLongAction),

        // The resource is being changed by another request: busy for now, as "try again later" says, not a duplicate.
        [HttpStatusCode.Conflict] = new("Conflict", ErrorCategory.ResourceBusy, Messages.ConflictAction),
        [(HttpStatusCode)429] = ErrorKinds.Throttled,
    };

    /// <summary>What an answer with this status means when its code says nothing known; null for a status this table does not hold.</summary>
    public static ErrorKind? ByStatus(HttpStatusCode status) =>
        (int)status >= 300 && (int)status < 400 ? Redirected : ByStatusCode.TryGetValue(status, out var kind) ? kind : null;
}
