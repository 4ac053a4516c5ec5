namespace PartnerSandbox;

/// <summary>
/// The recommended actions: what the user can do about an error, the part of <see cref="Messages"/> that an error's
/// ErrorDetails.RecommendedAction shows. The message says what happened; the advice is said here, once.
/// </summary>
internal static partial class Messages
{
    // Input and connections.
    public const string InvalidArgumentAction = "Correct the value of -{0} and run the command again.";
    public const string OrderIdAction = "Copy the id from the OrderId of Get-PCSandboxOrder's output into -OrderId.";
    public const string SubscriptionIdAction = "Copy the id from the SubscriptionId of Get-PCSandboxSubscription's output into -SubscriptionId.";
    public const string SkipCertificateCheckOnlyLoopbackAction = "Run Connect-PCSandbox again without -SkipCertificateCheck.";
    public const string IdentityClientIdAction = "Give the client id of the user-assigned managed identity, or leave -IdentityClientId out for the system-assigned one.";
    public const string NotConnectedAction = "Run Connect-PCSandbox, or pass -Connection (Get-PCSandboxConnection from another session cannot be used).";
    public const string NotAuthenticatedAction = "Run Connect-PCSandbox again.";
    public const string SkipCertificateCheckAction = "Run Connect-PCSandbox again with -SkipCertificateCheck (allowed only for hosts on this machine: localhost, 127.0.0.0/8 or ::1).";
    public const string CertificateNotTrustedAction =
        "This machine does not trust the server's certificate. For the PartnerSandbox emulator or another server on this machine, connect with -SkipCertificateCheck; for any other host, check -Endpoint and -AuthorityHost and whether a proxy puts its own certificate in between, and do not skip the check.";
    public const string CheckEndpointAction =
        "Check -Endpoint (or -Environment) of Connect-PCSandbox: it must be the Partner Center API's base URL, such as https://api.partnercenter.microsoft.com.";
    public const string ConnectionFailedAction = "Check the network and the endpoint, then run the command again.";

    // Signing in.
    public const string SignInFailedAction = "Check -TenantId, -ClientId and the secret or certificate.";
    public const string BrowserUnavailableAction =
        "Sign in from another device with Connect-PCSandbox -UseDeviceAuthentication, or use an app-only mode (-ClientSecret, -CertificateThumbprint).";
    public const string AccessTokenExpiredAction =
        "Run Connect-PCSandbox again with a new token, or with a mode that renews itself: -ClientSecret, -CertificateThumbprint, -Certificate or -RefreshToken.";
    public const string UnreadableSignInAnswerAction =
        "Check -AuthorityHost (or -Environment) of Connect-PCSandbox: it must be the Entra ID sign-in host, such as https://login.microsoftonline.com; with -Endpoint alone it is the endpoint's own host.";
    public const string InvalidClientSecretAction = "The client secret is wrong. Check it in the app registration (Certificates & secrets) and pass the secret's value, not its id.";
    public const string ClientSecretExpiredAction = "The client secret has expired. Create a new one in the app registration.";
    public const string TenantNotFoundAction = "Check -TenantId: it must be the partner's tenant id or a verified domain of it.";
    public const string ClientNotFoundAction = "Check -ClientId: the application is not registered in that tenant.";
    public const string PublicClientNotAllowedAction =
        "Device code and browser sign-in need an app registration that allows public client flows (Authentication > Allow public client flows), or use -ClientSecret or a certificate.";
    public const string InvalidClientCertificateAction =
        "The certificate is not one registered for this application. Upload its public part to the app registration (Certificates & secrets), or use the registered one.";
    public const string ClientAssertionExpiredAction = "The signed client assertion was outside its validity; check this machine's clock.";
    public const string RefreshTokenInvalidAction =
        "The refresh token is not valid here (another app's or tenant's, or spent where single use is enforced). Have a partner admin sign in again with MFA for a new one, and store the newest one after each run ($connection.GetRefreshToken()).";
    public const string RefreshTokenExpiredAction = "The refresh token expired (unused for 90 days). Have a partner admin sign in again with MFA to get a new one.";
    public const string RefreshTokenRevokedAction =
        "The refresh token was revoked (password change or admin action). Have a partner admin sign in again with MFA to get a new one.";
    public const string DeviceCodeDeclinedAction = "The sign-in was declined on the other device. Run Connect-PCSandbox -UseDeviceAuthentication again.";
    public const string DeviceCodeExpiredAction = "Nobody signed in with the code in time. Run Connect-PCSandbox -UseDeviceAuthentication again and sign in within 15 minutes.";
    public const string MfaRequiredBySignInAction =
        "Conditional access asks this user for multi-factor authentication, and the refresh token came from a sign-in without it. Have the partner admin sign in once more with MFA to get a new refresh token (the Secure Application Model), or use an app-only sign-in.";

    // Federated identity credentials (-Identity, -FederatedToken): the app registration must trust the token's issuer, subject and audience.
    public const string FederatedCredentialNotFoundAction =
        "The application has no federated identity credential. Add one to the app registration (Certificates & secrets > Federated credentials) with the token's issuer, subject and audience api://AzureADTokenExchange; see docs/secretless-sign-in.md.";
    public const string FederatedIssuerNotTrustedAction =
        "No federated credential of the application trusts the token's issuer. Add one whose issuer is exactly the token's 'iss' (for a managed identity https://login.microsoftonline.com/<tenant id>/v2.0), trailing slash and case included.";
    public const string FederatedSubjectMismatchAction =
        "No federated credential of the application names the token's subject. Its subject must be exactly the token's 'sub': a managed identity's object (principal) id, or the CI job's subject such as repo:<owner>/<repo>:environment:<name>. For a user-assigned identity, check -IdentityClientId.";
    public const string FederatedAudienceMismatchAction =
        "The token is for another audience than the federated credential accepts. Request the token for api://AzureADTokenExchange and give the credential that audience.";
    public const string FederatedTokenSigningKeyNotFoundAction =
        "The token was signed with a key its issuer does not publish (its OpenID configuration's jwks_uri). Use a token exactly as that issuer handed it out.";
    public const string FederatedTokenSignatureInvalidAction =
        "The token's signature does not verify with its issuer's key: it was changed, or another party signed it. Use a token exactly as its issuer handed it out.";
    public const string FederatedIssuerUnreachableAction =
        "Entra could not read the token issuer's OpenID configuration or keys ({issuer}/.well-known/openid-configuration). Check that the issuer is reachable over https and that the federated credential names it exactly.";
    public const string FederatedTokenExpiredAction =
        "Get a new token from its issuer (a CI job requests a new OIDC token) and run Connect-PCSandbox -FederatedToken again, or use -Identity, which renews itself.";
    public const string ManagedIdentityUnavailableAction =
        "Run where a managed identity is enabled (an Azure Automation account or App Service with its identity on, an Azure VM), or set IDENTITY_ENDPOINT and IDENTITY_HEADER as the host does. For a user-assigned identity, give its client id with -IdentityClientId and attach it to the host.";

    // Partner Center's answers.
    public const string WrongTokenAudienceAction =
        "The token is for https://graph.windows.net, an audience Partner Center no longer accepts. Only -AccessToken brings a token the module did not ask for itself: get one for https://api.partnercenter.microsoft.com (scope https://api.partnercenter.microsoft.com/.default, or user_impersonation for App+User), or connect with a mode that signs in itself (-ClientSecret, -Certificate, -Identity, -RefreshToken).";
    public const string MfaRequiredByApiAction =
        "Partner Center takes App+User calls only from a sign-in with multi-factor authentication. Have the partner admin sign in again with MFA (for -RefreshToken: a new refresh token from a sign-in with MFA), or use an app-only sign-in (-ClientSecret, -Certificate, -Identity).";
    public const string AppOnlyNotSupportedAction = "This operation needs an App+User sign-in.";
    public const string PermissionDeniedAction = "Check that the application has the Partner Center permissions this operation needs.";
    public const string NotASandboxAccountAction =
        "This module changes orders only in integration sandbox accounts. If this tenant is your integration sandbox, connect with Connect-PCSandbox ... -IntegrationSandbox; never use it with a primary (production) account.";
    public const string NoRelationshipWithCustomerAction = "Check the customer id: this partner has no relationship with that customer.";
    public const string CustomerNotFoundAction = "Check the customer id; it must be the customer's tenant id.";
    public const string InvalidCustomerIdAction = "Give the customer's tenant id, a GUID such as 6e2f0a4c-0b1d-4d6e-9f4a-1c2b3d4e5f60.";
    public const string SandboxLimitReachedAction = "The integration sandbox limits were reached (75 customers, 5 subscriptions per customer, 2 reserved VM instances per customer).";
    public const string ConflictAction = "Try again later.";
    public const string ThrottledAction = "Partner Center is throttling this partner; wait a few minutes or send fewer requests at once (-ThrottleLimit).";
    public const string TimedOutAction = "Partner Center did not answer in time; run the command again later.";
    public const string ServiceErrorAction = "Partner Center failed; run the command again later. If it keeps failing, give Microsoft support the request id.";
    public const string AddressTooLongAction = "Use shorter values (an -OrderId or a -Name filter of normal length).";
    public const string UnreadableResponseAction =
        "Check -Endpoint of Connect-PCSandbox (a proxy or a sign-in page may be answering instead of Partner Center), then run the command again. If it keeps happening, give Microsoft support the request id.";
    public const string AnswerTooLargeAction = "Ask for less at once (one customer, a -BillingCycle), or check that -Endpoint is Partner Center.";

    // Changes: orders.
    public const string OrderTooOldAction = "Leave this order as it is. To pass on only the orders that can be cancelled, filter them with Where-Object Age -le {0:0}.";
    public const string OrderNotFoundAction = "Check the order id with Get-PCSandboxOrder, or give -CustomerId.";
    public const string OrderNotCancellableAction = "The order is already cancelled or its state does not allow cancelling. Check it with Get-PCSandboxOrder.";
    public const string OrderInProgressAction = "The order has a change in progress; look at it again later with Get-PCSandboxOrder.";
    public const string SeatBasedSaasNotCancellableAction = "Seat-based SaaS orders cannot be cancelled through the order; change the subscription instead.";
    public const string CancelSubscriptionInsteadAction =
        "Pipe the order to Stop-PCSandboxSubscription: Get-PCSandboxOrder -CustomerId <customer> -OrderId <order> | Stop-PCSandboxSubscription.";
    public const string CancellationStillPendingAction = "Look at it later with Get-PCSandboxOrder, or wait longer with -Wait -Timeout <seconds>.";
    public const string OutcomeUnknownAction = "Look at the order with Get-PCSandboxOrder -CustomerId <customer> -OrderId <order> before sending the cancellation again.";
    public const string NotConfirmedAction = "Look at the order with Get-PCSandboxOrder; run Stop-PCSandboxOrder again if it is still not cancelled.";
    public const string ConfirmationNotPossibleAction =
        "Add -Force (or -Confirm:$false) to cancel without asking, or -WhatIf to see what would be cancelled.";

    // Changes: subscriptions.
    public const string CancelOrderInsteadAction = "Cancel its order instead: Get-PCSandboxOrder -CustomerId <customer> -OrderId <order> | Stop-PCSandboxOrder.";
    public const string CancellationWindowPassedAction =
        "Leave it as it is: new commerce and software subscriptions can be cancelled only within 7 days of their purchase (CancellationAllowedUntil of Get-PCSandboxSubscription).";
    public const string SubscriptionSuspendedAction = "Leave it as it is, or look at it with Get-PCSandboxSubscription.";
    public const string SubscriptionDeletedAction = "The subscription is deleted already; nothing is left to cancel.";
    public const string SubscriptionStatusNotChangeableAction =
        "Reservations and perpetual software are cancelled through their order (Stop-PCSandboxOrder); an Azure plan is suspended, not deleted. Check the subscription with Get-PCSandboxSubscription.";
    public const string AzurePlanHasActiveAzureSubscriptionsAction =
        "Cancel the Azure subscriptions under the plan first (ActiveAzureSubscriptions of Get-PCSandboxSubscription; in the Azure portal, or Partner Center's cancel of each Azure entitlement), then run the command again.";
    public const string SubscriptionNotFoundAction = "Check the subscription id with Get-PCSandboxSubscription, or give -CustomerId.";
    public const string SubscriptionStillPendingAction = "Look at it later with Get-PCSandboxSubscription, or wait longer with -Wait -Timeout <seconds>.";
    public const string SubscriptionOutcomeUnknownAction =
        "Look at the subscription with Get-PCSandboxSubscription -CustomerId <customer> -SubscriptionId <subscription> before sending the cancellation again.";
    public const string SubscriptionNotConfirmedAction = "Look at the subscription with Get-PCSandboxSubscription; run Stop-PCSandboxSubscription again if it is still not cancelled.";

    // Changes: customers.
    public const string CustomerHasActiveOrdersAction =
        "Cancel those orders first (Stop-PCSandboxOrder; an Azure plan with Stop-PCSandboxSubscription), or run Remove-PCSandboxCustomer -CancelOrders to cancel them and then remove the customer.";
    public const string CustomerOutcomeUnknownAction = "Look at the customer with Get-PCSandboxCustomer -CustomerId <customer> before removing it again.";
    public const string CustomerNotConfirmedAction = "Look at the customer with Get-PCSandboxCustomer -CustomerId <customer>; run Remove-PCSandboxCustomer again if it is still there.";
}
