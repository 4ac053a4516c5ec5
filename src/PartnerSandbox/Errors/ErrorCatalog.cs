using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Net;
using System.Security.Authentication;
using PartnerSandbox.Engine;
using PartnerSandbox.Engine.Authentication;

namespace PartnerSandbox.Errors;

/// <summary>
/// The one table from a failure to an error id, category and recommended action: first by the service's own code,
/// then by HTTP status, then by the kind of failure. Error ids are stable: scripts and runbooks match on them.
/// </summary>
internal static class ErrorCatalog
{
    public static readonly ErrorKind NotConnected = new("NotConnected", ErrorCategory.AuthenticationError, Messages.NotConnectedAction);
    public static readonly ErrorKind OrderTooOldToCancel = new(
        "OrderTooOldToCancel", ErrorCategory.InvalidOperation, string.Format(System.Globalization.CultureInfo.InvariantCulture, Messages.OrderTooOldAction, SandboxRules.CancellationWindow.TotalDays));
    public static readonly ErrorKind InvalidArgument = new("InvalidArgument", ErrorCategory.InvalidArgument);
    public static readonly ErrorKind NotASandboxAccount = new("NotASandboxAccount", ErrorCategory.PermissionDenied, Messages.NotASandboxAccountAction);
    public static readonly ErrorKind CancelSubscriptionInstead = new("CancelSubscriptionInstead", ErrorCategory.InvalidOperation, Messages.CancelSubscriptionInsteadAction);
    public static readonly ErrorKind ConfirmationNotPossible = new("ConfirmationNotPossible", ErrorCategory.InvalidOperation, Messages.ConfirmationNotPossibleAction);
    public static readonly ErrorKind CancellationStillPending = new("CancellationStillPending", ErrorCategory.OperationTimeout, Messages.CancellationStillPendingAction);
    public static readonly ErrorKind OrderNotFound = new("OrderNotFound", ErrorCategory.ObjectNotFound, Messages.OrderNotFoundAction);
    public static readonly ErrorKind CertificateNotTrusted = new("CertificateNotTrusted", ErrorCategory.SecurityError, Messages.CertificateNotTrustedAction);
    private static readonly ErrorKind LoopbackCertificateNotTrusted = new(CertificateNotTrusted.ErrorId, ErrorCategory.SecurityError, Messages.SkipCertificateCheckAction);
    private static readonly ErrorKind OrderInProgress = new("OrderInProgress", ErrorCategory.ResourceBusy, "The order has a change in progress; look at it again later with Get-PCSandboxOrder.");
    public static readonly ErrorKind CancelOrderInstead = new("CancelOrderInstead", ErrorCategory.InvalidOperation, Messages.CancelOrderInsteadAction);
    public static readonly ErrorKind CancellationWindowPassed = new("CancellationWindowPassed", ErrorCategory.InvalidOperation, Messages.CancellationWindowPassedAction);
    public static readonly ErrorKind SubscriptionSuspended = new("SubscriptionSuspended", ErrorCategory.InvalidOperation, Messages.SubscriptionSuspendedAction);
    public static readonly ErrorKind AzurePlanHasActiveAzureSubscriptions = new("AzurePlanHasActiveAzureSubscriptions", ErrorCategory.InvalidOperation, Messages.AzurePlanHasActiveAzureSubscriptionsAction);
    public static readonly ErrorKind SubscriptionNotFound = new("SubscriptionNotFound", ErrorCategory.ObjectNotFound, Messages.SubscriptionNotFoundAction);
    public static readonly ErrorKind SubscriptionCancellationStillPending = new("CancellationStillPending", ErrorCategory.OperationTimeout, Messages.SubscriptionStillPendingAction);
    private static readonly ErrorKind MfaRequiredByApi = new("MfaRequired", ErrorCategory.AuthenticationError, Messages.MfaRequiredByApiAction);
    private static readonly ErrorKind MfaRequiredBySignIn = new("MfaRequired", ErrorCategory.AuthenticationError, Messages.MfaRequiredBySignInAction);

    /// <summary>Subscriptions: the window is seven days, not sixty, and outcomes are looked at with Get-PCSandboxSubscription.</summary>
    public static readonly ErrorContext Subscriptions = new(
        new Dictionary<string, ErrorKind>(StringComparer.OrdinalIgnoreCase) { ["900117"] = CancellationWindowPassed },
        new Dictionary<PartnerCenterFailure, ErrorKind>
        {
            [PartnerCenterFailure.OutcomeUnknown] = new("OutcomeUnknown", ErrorCategory.ConnectionError, Messages.SubscriptionOutcomeUnknownAction),
            [PartnerCenterFailure.NotConfirmed] = new("CancellationNotConfirmed", ErrorCategory.InvalidResult, Messages.SubscriptionNotConfirmedAction),
        });

    /// <summary>Customers: a removal is looked at with Get-PCSandboxCustomer.</summary>
    public static readonly ErrorContext Customers = new(
        byFailure: new Dictionary<PartnerCenterFailure, ErrorKind>
        {
            [PartnerCenterFailure.OutcomeUnknown] = new("OutcomeUnknown", ErrorCategory.ConnectionError, Messages.CustomerOutcomeUnknownAction),
            [PartnerCenterFailure.NotConfirmed] = new("RemovalNotConfirmed", ErrorCategory.InvalidResult, Messages.CustomerNotConfirmedAction),
        });

    /// <summary>Orders: the general table says it as it is for orders.</summary>
    public static readonly ErrorContext Orders = new();

    private static readonly Dictionary<string, ErrorKind> ByServiceCode = new(StringComparer.OrdinalIgnoreCase)
    {
        ["900117"] = OrderTooOldToCancel,
        ["800061"] = new("OrderNotCancellable", ErrorCategory.InvalidOperation, "The order is already cancelled or its state does not allow cancelling. Check it with Get-PCSandboxOrder."),
        ["800063"] = CancelSubscriptionInstead,
        ["800077"] = new("SeatBasedSaasNotCancellable", ErrorCategory.PermissionDenied, "Seat-based SaaS orders cannot be cancelled through the order; change the subscription instead."),
        [SandboxRules.PrimaryAccountCode] = NotASandboxAccount,
        ["20002"] = new("NoRelationshipWithCustomer", ErrorCategory.PermissionDenied, "Check the customer id: this partner has no relationship with that customer."),
        ["20000"] = OrderNotFound,
        ["60003"] = new("CustomerNotFound", ErrorCategory.ObjectNotFound, "Check the customer id; it must be the customer's tenant id."),
        ["900118"] = new("InvalidCustomerId", ErrorCategory.InvalidArgument, "Give the customer's tenant id, a GUID such as 6e2f0a4c-0b1d-4d6e-9f4a-1c2b3d4e5f60."),
        ["800002"] = new("InvalidRequest", ErrorCategory.InvalidArgument),
        ["800018"] = new("SandboxLimitReached", ErrorCategory.LimitsExceeded, "The integration sandbox limits were reached (75 customers, 5 subscriptions per customer, 2 reserved VM instances per customer)."),
        ["800001"] = new("NotAuthenticated", ErrorCategory.AuthenticationError, "Run Connect-PCSandbox again."),
        ["900421"] = MfaRequiredByApi,
        ["10001"] = MfaRequiredByApi,
        ["900420"] = new("WrongTokenAudience", ErrorCategory.AuthenticationError, Messages.WrongTokenAudienceAction),
        ["900329"] = new("AppOnlyNotSupported", ErrorCategory.PermissionDenied, "This operation needs an App+User sign-in."),
        ["800014"] = OrderInProgress,
        ["800060"] = OrderInProgress,
        ["20003"] = SubscriptionNotFound,
        ["2011"] = new("SubscriptionDeleted", ErrorCategory.InvalidOperation, Messages.SubscriptionDeletedAction),
        ["800091"] = SubscriptionSuspended,
        ["800096"] = new("SubscriptionStatusNotChangeable", ErrorCategory.InvalidOperation, Messages.SubscriptionStatusNotChangeableAction),
        ["900115"] = AzurePlanHasActiveAzureSubscriptions,
        [ChangeCodes.CustomerHasActiveOrders] = new("CustomerHasActiveOrders", ErrorCategory.InvalidOperation, Messages.CustomerHasActiveOrdersAction),
        [ChangeCodes.OrderTooOldToCancel] = OrderTooOldToCancel,
        [ChangeCodes.StillPending] = CancellationStillPending,
        // Entra ID sign-in errors (AADSTS numbers).
        ["7000215"] = new("InvalidClientSecret", ErrorCategory.AuthenticationError, "The client secret is wrong. Check it in the app registration (Certificates & secrets) and pass the secret's value, not its id."),
        ["7000222"] = new("ClientSecretExpired", ErrorCategory.AuthenticationError, "The client secret has expired. Create a new one in the app registration."),
        ["90002"] = new("TenantNotFound", ErrorCategory.AuthenticationError, "Check -TenantId: it must be the partner's tenant id or a verified domain of it."),
        ["700016"] = new("ClientNotFound", ErrorCategory.AuthenticationError, "Check -ClientId: the application is not registered in that tenant."),
        ["7000218"] = new("PublicClientNotAllowed", ErrorCategory.AuthenticationError, "Device code and browser sign-in need an app registration that allows public client flows (Authentication > Allow public client flows), or use -ClientSecret or a certificate."),
        ["700027"] = new("InvalidClientCertificate", ErrorCategory.AuthenticationError, "The certificate is not one registered for this application. Upload its public part to the app registration (Certificates & secrets), or use the registered one."),
        ["700024"] = new("ClientAssertionExpired", ErrorCategory.AuthenticationError, "The signed client assertion was outside its validity; check this machine's clock."),
        ["70000"] = new("RefreshTokenInvalid", ErrorCategory.AuthenticationError, Messages.RefreshTokenInvalidAction),
        ["700082"] = new("RefreshTokenExpired", ErrorCategory.AuthenticationError, "The refresh token expired (unused for 90 days). Have a partner admin sign in again with MFA to get a new one."),
        ["50076"] = MfaRequiredBySignIn,
        ["interaction_required"] = MfaRequiredBySignIn,
        ["50173"] = new("RefreshTokenRevoked", ErrorCategory.AuthenticationError, "The refresh token was revoked (password change or admin action). Have a partner admin sign in again with MFA to get a new one."),
        ["authorization_declined"] = new("DeviceCodeDeclined", ErrorCategory.AuthenticationError, "The sign-in was declined on the other device. Run Connect-PCSandbox -UseDeviceAuthentication again."),
        ["code_expired"] = new("DeviceCodeExpired", ErrorCategory.OperationTimeout, "Nobody signed in with the code in time. Run Connect-PCSandbox -UseDeviceAuthentication again and sign in within 15 minutes."),
        [SignInCodes.NoBrowser] = new("BrowserUnavailable", ErrorCategory.NotImplemented, "Use Connect-PCSandbox -UseDeviceAuthentication, or an app-only mode (-ClientSecret, -CertificateThumbprint)."),
        [SignInCodes.UnreadableAnswer] = new("UnreadableSignInAnswer", ErrorCategory.InvalidResult, Messages.UnreadableSignInAnswerAction),
        [SignInCodes.AccessTokenExpired] = new("AccessTokenExpired", ErrorCategory.AuthenticationError, "Connect again with a new token, or use -ClientSecret, -CertificateThumbprint or -RefreshToken, which renew themselves."),
        // Federated identity credentials (-Identity, -FederatedToken): the app registration must trust the token's issuer, subject and audience.
        ["70021"] = new("FederatedCredentialNotFound", ErrorCategory.AuthenticationError, "The application has no federated identity credential. Add one to the app registration (Certificates & secrets > Federated credentials) with the token's issuer, subject and audience api://AzureADTokenExchange; see docs/secretless-sign-in.md."),
        ["700211"] = new("FederatedIssuerNotTrusted", ErrorCategory.AuthenticationError, "No federated credential of the application trusts the token's issuer. Add one whose issuer is exactly the token's 'iss' (for a managed identity https://login.microsoftonline.com/<tenant id>/v2.0), trailing slash and case included."),
        ["700213"] = new("FederatedSubjectMismatch", ErrorCategory.AuthenticationError, "No federated credential of the application names the token's subject. Its subject must be exactly the token's 'sub': a managed identity's object (principal) id, or the CI job's subject such as repo:<owner>/<repo>:environment:<name>. For a user-assigned identity, check -IdentityClientId."),
        ["700212"] = new("FederatedAudienceMismatch", ErrorCategory.AuthenticationError, "The token is for another audience than the federated credential accepts. Request the token for api://AzureADTokenExchange and give the credential that audience."),
        ["7000272"] = new("FederatedTokenSigningKeyNotFound", ErrorCategory.AuthenticationError, "The token was signed with a key its issuer does not publish (its OpenID configuration's jwks_uri). Use a token exactly as that issuer handed it out."),
        ["50013"] = new("FederatedTokenSignatureInvalid", ErrorCategory.AuthenticationError, "The token's signature does not verify with its issuer's key: it was changed, or another party signed it. Use a token exactly as its issuer handed it out."),
        ["90061"] = new("FederatedIssuerUnreachable", ErrorCategory.ConnectionError, "Entra could not read the token issuer's OpenID configuration or keys ({issuer}/.well-known/openid-configuration). Check that the issuer is reachable over https and that the federated credential names it exactly."),
        [SignInCodes.FederatedTokenExpired] = new("FederatedTokenExpired", ErrorCategory.AuthenticationError, "The module cannot renew a token given with -FederatedToken. Get a new one from its issuer (a CI job requests a new OIDC token) and connect again, or use -Identity, which renews itself."),
        [SignInCodes.ManagedIdentityUnavailable] = new("ManagedIdentityUnavailable", ErrorCategory.AuthenticationError, "Run where a managed identity is enabled (an Azure Automation account or App Service with its identity on, an Azure VM), or set IDENTITY_ENDPOINT and IDENTITY_HEADER as the host does. For a user-assigned identity, give its client id with -IdentityClientId and attach it to the host."),
    };

    private static readonly Dictionary<HttpStatusCode, ErrorKind> ByStatus = new()
    {
        [HttpStatusCode.BadRequest] = new("InvalidRequest", ErrorCategory.InvalidArgument),
        [HttpStatusCode.Unauthorized] = new("NotAuthenticated", ErrorCategory.AuthenticationError, "Run Connect-PCSandbox again."),
        [HttpStatusCode.Forbidden] = new("PermissionDenied", ErrorCategory.PermissionDenied, "Check that the application has the Partner Center permissions this operation needs."),
        [HttpStatusCode.NotFound] = new("NotFound", ErrorCategory.ObjectNotFound, Messages.CheckEndpointAction),
        [HttpStatusCode.MethodNotAllowed] = new("MethodNotAllowed", ErrorCategory.InvalidOperation, Messages.CheckEndpointAction),
        [HttpStatusCode.RequestUriTooLong] = new("AddressTooLong", ErrorCategory.InvalidArgument, Messages.AddressTooLongAction),
        [HttpStatusCode.Conflict] = new("Conflict", ErrorCategory.ResourceExists, "Try again later."),
        [(HttpStatusCode)429] = new("Throttled", ErrorCategory.LimitsExceeded, "Partner Center is throttling this partner; wait a few minutes or send fewer requests at once (-ThrottleLimit)."),
    };

    private static readonly Dictionary<PartnerCenterFailure, ErrorKind> ByFailure = new()
    {
        [PartnerCenterFailure.Throttled] = ByStatus[(HttpStatusCode)429],
        [PartnerCenterFailure.ConnectionFailed] = new("ConnectionFailed", ErrorCategory.ConnectionError, "Check the network and the endpoint, then run the command again."),
        [PartnerCenterFailure.TimedOut] = new("OperationTimeout", ErrorCategory.OperationTimeout, "Partner Center did not answer in time; run the command again later."),
        [PartnerCenterFailure.UnreadableResponse] = new("UnreadableResponse", ErrorCategory.InvalidResult, Messages.UnreadableResponseAction),
        [PartnerCenterFailure.AnswerTooLarge] = new("AnswerTooLarge", ErrorCategory.LimitsExceeded, Messages.AnswerTooLargeAction),
        [PartnerCenterFailure.OutcomeUnknown] = new("OutcomeUnknown", ErrorCategory.ConnectionError, Messages.OutcomeUnknownAction),
        [PartnerCenterFailure.NotConfirmed] = new("CancellationNotConfirmed", ErrorCategory.InvalidResult, Messages.NotConfirmedAction),
        [PartnerCenterFailure.SignInFailed] = new("SignInFailed", ErrorCategory.AuthenticationError, "Check -TenantId, -ClientId and the secret or certificate."),
        [PartnerCenterFailure.ServiceError] = new("ServiceError", ErrorCategory.ResourceUnavailable, "Partner Center failed; run the command again later. If it keeps failing, give Microsoft support the request id."),
    };

    private static readonly ErrorKind Redirected = new("Redirected", ErrorCategory.InvalidOperation, Messages.CheckEndpointAction);

    /// <param name="context">What the failure means for the kind of resource it is about, asked first; null: the general table.</param>
    public static ErrorKind Classify(PartnerCenterException exception, ErrorContext? context = null)
    {
        if (exception.ServiceCode is string contextCode && context?.ByServiceCode.TryGetValue(contextCode, out var byContextCode) == true)
        {
            return byContextCode;
        }

        if (exception.ServiceCode is string code && ByServiceCode.TryGetValue(code, out var byCode))
        {
            return byCode;
        }

        if (exception.Failure == PartnerCenterFailure.ConnectionFailed && CertificateFailure(exception) is not null)
        {
            return CertificateNotTrusted;
        }

        if (exception.Failure == PartnerCenterFailure.ServiceError && exception.StatusCode is HttpStatusCode status)
        {
            if ((int)status >= 300 && (int)status < 400)
            {
                return Redirected;
            }

            if (ByStatus.TryGetValue(status, out var byStatus))
            {
                return byStatus;
            }
        }

        return context?.ByFailure.TryGetValue(exception.Failure, out var byContextFailure) == true ? byContextFailure : ByFailure[exception.Failure];
    }

    public static ErrorRecord Create(Exception exception, ErrorKind kind, object? target, string? message = null)
    {
        var record = new ErrorRecord(exception, kind.ErrorId, kind.Category, target);
        record.ErrorDetails = new ErrorDetails(message ?? exception.Message) { RecommendedAction = kind.RecommendedAction };
        return record;
    }

    /// <summary>The error record of an engine failure; <paramref name="subject"/> (an order, a customer) starts its text.</summary>
    public static ErrorRecord FromEngine(PartnerCenterException exception, object? target, string? subject = null, ErrorContext? context = null) =>
        Create(exception, Classify(exception, context), target, subject is null ? null : subject + ": " + exception.Message);

    /// <summary>
    /// The sign-in failure of a connection to a host on this machine whose certificate this machine does not trust,
    /// such as the emulator's self-signed one: the user is one flag away, -SkipCertificateCheck. Null for any other failure.
    /// </summary>
    public static ErrorRecord? UntrustedLoopbackCertificate(PartnerCenterException exception, Uri host, object? target)
    {
        if (exception.Failure != PartnerCenterFailure.ConnectionFailed || CertificateFailure(exception) is not { } failure)
        {
            return null;
        }

        var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, Messages.UntrustedLoopbackCertificate, host.GetLeftPart(UriPartial.Authority), failure.Message);
        return Create(exception, LoopbackCertificateNotTrusted, target, message);
    }

    /// <summary>Bad input of one parameter: which one, what is wrong with it, and (as the recommended action) what to do.</summary>
    public static ErrorRecord InvalidInput(string parameterName, string problem, object? target)
    {
        var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, Messages.InvalidParameterValue, parameterName, problem);
        var kind = new ErrorKind(InvalidArgument.ErrorId, ErrorCategory.InvalidArgument, string.Format(System.Globalization.CultureInfo.InvariantCulture, Messages.InvalidArgumentAction, parameterName));
        return Create(new ArgumentException(message, parameterName), kind, target, message);
    }

    // The TLS handshake's refusal of the server's certificate, wherever the HTTP stack wrapped it.
    private static AuthenticationException? CertificateFailure(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is AuthenticationException failure)
            {
                return failure;
            }
        }

        return null;
    }
}
