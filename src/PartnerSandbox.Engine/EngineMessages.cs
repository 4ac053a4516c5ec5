namespace PartnerSandbox.Engine;

/// <summary>
/// Every user-facing sentence the engine produces, in one place. None of them ever includes a secret or a token. They
/// say what happened in the engine's terms: what to do about it, in the words of the caller's parameters and
/// commands, is the caller's (the module's recommended actions).
/// </summary>
internal static class EngineMessages
{
    public const string EndpointNotAbsolute = "'{0}' is not an absolute URL, such as https://127.0.0.1:5001.";
    public const string EndpointNotHttps = "'{0}' does not use https. Partner Center and its sign-in endpoints are served only over HTTPS.";
    public const string SkipCertificateCheckNotLoopback =
        "The certificate check may be skipped only when the API endpoint and the authority host are both loopback addresses (localhost, 127.0.0.0/8 or ::1), such as the PartnerSandbox emulator; '{0}' is not.";
    public const string NotATenant =
        "'{0}' is not a tenant: give the partner's tenant id (a GUID such as 4f2b7c1e-9d3a-4e85-b6f0-2c8a1d5e7b93) or one of its verified domains (such as contoso.onmicrosoft.com), without spaces or slashes.";
    public const string UnknownEnvironment = "'{0}' is not a known Partner Center environment. Use one of: {1}.";
    public const string ServiceError = "Partner Center answered {0} ({1}){2}: {3} (request id {4}, correlation id {5})";
    public const string ServiceCodePart = " with error code {0}";
    public const string NoDescription = "no description was given";
    public const string ConnectionFailed = "Could not reach Partner Center at {0} after {1} attempt(s): {2} (request id {3}).";
    public const string TimedOut = "Partner Center at {0} did not answer within {1} seconds, {2} attempt(s) (request id {3}).";
    public const string TokenRefused = "Partner Center refused the token (401); renewing it once and sending the request again.";
    public const string Retrying = "{0} {1}: {2}; attempt {3} of {4} in {5:0.0} s (request id {6}).";
    public const string TraceRequest = "HTTP {0} {1} (request id {2})";
    public const string TraceResponse = "HTTP {0} {1} -> {2} in {3} ms (request id {4})";
    public const string TokenAcquired = "{0} sign-in: token {1} acquired; it expires at {2:u} and is renewed from {3:u}.";
    public const string ThrottleTooLong = "Partner Center throttled the request and asked to wait {0} seconds, longer than the {1} seconds this module waits at most (request id {2}).";
    public const string SignInFailed = "Sign-in to tenant {0} failed: {1}";
    public const string SignInAnswerUnreadable =
        "The sign-in host for tenant {0} answered (HTTP {1}), but not with Entra ID's JSON: it is probably not an Entra ID sign-in host (such as https://login.microsoftonline.com), or a proxy or captive page answered instead.";
    public const string SignInUnreachable = "Could not reach the sign-in service for tenant {0}: {1}";
    public const string NoBrowser =
        "Cannot open a browser to sign in to tenant {0} here (no display, or a non-interactive session such as Azure Automation).";
    public const string AccessTokenExpired = "The access token the connection was given {0}; an access token cannot be renewed.";
    public const string FederatedTokenNotJwt =
        "The federated token is not a JWT (three base64url parts whose header and claims are JSON), as its issuer hands it out, such as a CI job's OIDC token requested for the audience api://AzureADTokenExchange.";
    public const string FederatedTokenExpired = "The federated token the connection was given {0}; the module cannot get a new one itself.";
    public const string FederatedTokenExpiredAt = "expired at {0:u}";
    public const string FederatedTokenRefusedAsExpired = "was refused as expired by the sign-in service";
    public const string IdentityClientIdNotGuid =
        "'{0}' is not a GUID: a user-assigned managed identity is named by its client id (application id), as its Overview page in the Azure portal shows it.";
    public const string ManagedIdentityUnavailable = "Could not get a token for {0} from the {1} managed identity of this host: {2}";
    public const string SystemAssignedIdentity = "system-assigned";
    public const string UserAssignedIdentity = "user-assigned (client id {0})";
    public const string TokenCacheWithoutKeyring =
        "This system has no keyring to encrypt the token cache, so it is kept in {0}, a file only your account can read. Anyone with your account's access can use the tokens in it; disconnecting deletes it.";
    public const string ResponseNotUnderstood = "Partner Center's answer to {0} {1} is not the JSON this module expects (request id {2}); it begins: {3}";
    public const string EmptyBody = "(an empty body)";
    public const string AlreadyCancelledReason = "already cancelled";
    public const string PastWindowReason = "created {0:0} days ago; the sandbox cancels orders only within {1:0} days";
    public const string NewCommerceByOrder = "it is a new commerce product: cancel its subscription instead";
    public const string AzurePlanByOrder = "it is an Azure plan: cancel its subscription instead";
    public const string NotACustomerId = "'{0}' is not a customer id: a customer id is the customer's tenant id, a GUID such as 6e2f0a4c-0b1d-4d6e-9f4a-1c2b3d4e5f60.";
    public const string EmptyOrderId = "The order id is empty.";
    public const string NotAnOrderId =
        "'{0}' is not an order id: an order id has no '/', '\\', '?', '#', '%', spaces or control characters and is not '.' or '..'.";
    public const string NoLocation = "an address it did not give";
    public const string Redirected =
        "Partner Center answered {0} ({1}) to {2} {3}, a redirect to {4}. This module does not follow redirects, so nothing was done: the endpoint is probably not the Partner Center API's base URL (request id {5}).";
    public const string RouteNotFound =
        "Partner Center has no resource at {0} {1} ({2}). The endpoint is probably not the Partner Center API's base URL, or the service does not offer this operation there (request id {3}).";
    public const string MethodNotAllowed =
        "Partner Center does not allow {0} on {1} (405 Method Not Allowed), so nothing was done. The endpoint is probably not the Partner Center API's base URL (request id {2}).";
    public const string AddressTooLong = "Partner Center refused the request's address as too long (414 URI Too Long, {0} characters), so nothing was done (request id {1}).";
    public const string AnswerTooLarge =
        "Partner Center's answer to {0} {1} was larger than {2} MiB, the most this module reads; it was cut off and not used (request id {3}).";
    public const string ResourceOfCustomer = "{0} {1} of customer {2}";
    public const string CustomerName = "customer {0}";
    public const string ShowsStatus = "shows status '{0}'";
    public const string StillExists = "still exists";
    public const string AnswerNotTheResource = "Partner Center accepted the {0} of {1}, but its answer was not that {2} (it named {2} '{3}' with status '{4}').";
    public const string ReadingAgain = "The answer to the {0} of {1} did not say what happened; reading the {2} again before reporting anything.";
    public const string OutcomeUnknown =
        "The {0} of {1} was sent, but its answer did not say what happened ({2}), and reading the {4} again failed too ({3}). The {4} may or may not be {5} now.";
    public const string ReadAgainNotDone = "{0} Read again afterwards, {1} {2} {3}: it was not {4}.";
    public const string EmptySubscriptionId = "The subscription id is empty.";
    public const string NotASubscriptionId =
        "'{0}' is not a subscription id: a subscription id has no '/', '\\', '?', '#', '%', spaces or control characters and is not '.' or '..'.";
    public const string SubscriptionAlreadyCancelled = "already cancelled (status {0})";
    public const string SubscriptionSuspended = "suspended, and Partner Center does not change a suspended subscription (800091)";
    public const string AReservation = "a reservation";
    public const string PerpetualSoftware = "perpetual software";
    public const string SubscriptionCancelledByOrder = "{0}, cancelled through its order {1} and not its subscription";
    public const string SubscriptionWindowPassed = "past its cancellation window, which ended at {0:u}";
    public const string AzurePlanHasActiveSubscriptions =
        "an Azure plan with {0} active Azure subscription(s) under it ({1}): Partner Center suspends a plan only when none is active (900115)";
    public const string CustomerHasActiveOrders =
        "Partner Center does not remove a customer while these orders are active: {0}. Nothing was changed. Its answer: {1}";
    public const string RefusedAfterCancelling = "The orders that blocked the removal were cancelled ({0}), but then: {1}";
    public const string CancelledBlockingOrder = "Cancelled order {0} of customer {1}, which blocked the customer's removal.";
    public const string BlockingOrdersNotCancelled = "The customer was not removed: orders that block its removal could not be cancelled: {0}.{1}";
    public const string OrderAndReason = "order {0}: {1}";
    public const string CancelledOnTheWay = " These were cancelled on the way: {0}.";
    public const string BlockingOrderTooOld = "created {0:0} days ago; the sandbox cancels orders only within {1:0} days, so nothing was sent for it";
    public const string BlockingStillPending = "still shows '{0}' after waiting {1:0} seconds for its cancellation";
    public const string TokenRenewalWouldNotHelp = "Partner Center refused the token (401, code {0}); a new token of this sign-in would be refused the same way, so it is not renewed.";
}
