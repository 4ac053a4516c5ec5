namespace PartnerSandbox;

/// <summary>Every user-facing sentence the cmdlets write, in one place. None of them ever includes a secret or a token.</summary>
internal static class Messages
{
    public const string NotConnected = "You are not connected to Partner Center in this session. Run Connect-PCSandbox first, or pass a connection with -Connection.";
    public const string ConnectionClosed = "The connection passed with -Connection was closed by Disconnect-PCSandbox. Run Connect-PCSandbox again and pass the new connection.";
    public const string NotConnectedAction = "Run Connect-PCSandbox, or pass -Connection (Get-PCSandboxConnection from another session cannot be used).";
    public const string Connecting = "Signing in to tenant {0} as application {1} at {2} ({3} sign-in).";
    public const string Connected = "Connected to Partner Center at {0} as application {1} of tenant {2}; the token expires at {3:u}.";
    public const string Disconnected = "Disconnected from tenant {0}; its tokens are forgotten.";
    public const string NothingToDisconnect = "There is no connection to disconnect in this session.";
    public const string AlreadyDisconnected = "The connection to tenant {0} was already closed; nothing to do.";
    public const string InvalidArgumentAction = "Correct the value of -{0} and run the command again.";
    public const string EmptyIdentifier = "-{0} is empty. Give the {1} (for example from Get-PCSandboxOrder), or pipe orders from Get-PCSandboxOrder.";
    public const string OrderTooOld =
        "Order {0} of customer {1} was created on {2:yyyy-MM-dd} ({3} days ago). The integration sandbox cancels orders only within {4} days of their creation, so this one cannot be cancelled; nothing was sent.";
    public const string OrderTooOldAction = "Leave this order as it is; only orders created in the last {0:0} days can be cancelled. Filter them with Where-Object Age -le {0:0}.";
    public const string AlreadyCancelled = "Order {0} of customer {1} is already cancelled; skipped, nothing was sent.";
    public const string ShouldProcessTarget = "order {0} of customer {1} (created {2}, status {3})";
    public const string ShouldProcessAction = "Cancel";
    public const string Cancelling = "Cancelling order {0} of customer {1}.";
    public const string DuplicateOrder = "Order {0} of customer {1} came again in the input; it is cancelled once.";
    public const string ProgressActivity = "Cancelling sandbox orders";
    public const string ProgressStatus = "{0} of {1} done ({2:0.0} a second)";
    public const string ProgressStatusOpenEnded = "{0} done, {1} under way, more to come ({2:0.0} a second)";
    public const string CredentialWithoutClientId = "The -Credential has no user name. Its user name must be the application (client) id, and its password the client secret.";
    public const string CertificateNotFound = "No certificate with thumbprint {0} is in CurrentUser\\My or LocalMachine\\My. Import it (with its private key) or pass it with -Certificate or -CertificatePath.";
    public const string CertificateFileNotFound = "The certificate file '{0}' does not exist. Give the path of a PFX (PKCS#12) file with the certificate and its private key.";
    public const string CertificateFileUnreadable = "The certificate file '{0}' could not be read: {1} Check -CertificatePassword and that the file is a PFX (PKCS#12) file.";
    public const string CertificateWithoutPrivateKey = "The certificate {0} ({1}) has no private key, so it cannot sign in. Use the certificate with its private key (a PFX file, or the store entry that has it).";
    public const string UnknownDate = "on an unknown date";
    public const string InvalidParameterValue = "-{0}: {1}";
    public const string EmptySecret = "-{0} is empty. Give the value itself (for a client secret, its Value in the app registration, not its Secret ID).";
    public const string OrderSubject = "Order {0} of customer {1}";
    public const string CustomerSubject = "Customer {0}";
    public const string CustomersSubject = "Customers {0}";
    public const string CustomerListSubject = "Listing the customers";
    public const string UntrustedLoopbackCertificate =
        "This machine does not trust the certificate of {0} ({1}). {0} is on this machine, like the PartnerSandbox emulator, whose certificate is self-signed: add -SkipCertificateCheck to Connect-PCSandbox.";
    public const string SkipCertificateCheckAction = "Run Connect-PCSandbox again with -SkipCertificateCheck (allowed only for hosts on this machine: localhost, 127.0.0.0/8 or ::1).";
    public const string CertificateNotTrustedAction =
        "This machine does not trust the server's certificate. For the PartnerSandbox emulator or another server on this machine, connect with -SkipCertificateCheck; for any other host, check -Endpoint and -AuthorityHost and whether a proxy puts its own certificate in between, and do not skip the check.";
    public const string CheckEndpointAction =
        "Check -Endpoint (or -Environment) of Connect-PCSandbox: it must be the Partner Center API's base URL, such as https://api.partnercenter.microsoft.com.";
    public const string AddressTooLongAction = "Use shorter values (an -OrderId or a -Name filter of normal length).";
    public const string UnreadableSignInAnswerAction =
        "Check -AuthorityHost (or -Environment) of Connect-PCSandbox: it must be the Entra ID sign-in host, such as https://login.microsoftonline.com; with -Endpoint alone it is the endpoint's own host.";
    public const string UnreadableResponseAction =
        "Check -Endpoint of Connect-PCSandbox (a proxy or a sign-in page may be answering instead of Partner Center), then run the command again. If it keeps happening, give Microsoft support the request id.";
    public const string AnswerTooLargeAction = "Ask for less at once (one customer, a -BillingCycle), or check that -Endpoint is Partner Center.";
    public const string OutcomeUnknownAction = "Look at the order with Get-PCSandboxOrder -CustomerId <customer> -OrderId <order> before sending the cancellation again.";
    public const string NotConfirmedAction = "Look at the order with Get-PCSandboxOrder; run Stop-PCSandboxOrder again if it is still not cancelled.";
    public const string CancelSubscriptionInsteadAction =
        "Cancel its subscriptions instead: pipe the order to Stop-PCSandboxSubscription (Get-PCSandboxOrder -CustomerId <customer> -OrderId <order> | Stop-PCSandboxSubscription).";
    public const string CancellationStillPendingAction = "Look at it later with Get-PCSandboxOrder, or wait longer with -Wait -Timeout <seconds>.";
    public const string NotASandboxAccountAction =
        "This module changes orders only in integration sandbox accounts. If this tenant is your integration sandbox, connect with Connect-PCSandbox ... -IntegrationSandbox; never use it with a primary (production) account.";
    public const string NotDeclaredSandbox =
        "the connection is not declared an integration sandbox (Partner Center cannot tell a client whether an account is a sandbox): connect with -IntegrationSandbox to change orders";
    public const string PrimaryAccount = "tenant {0} is a primary (production) account: Partner Center answered 800019, which only non-sandbox tenants get";
    public const string RefusedNotSandbox = "Order {0} of customer {1} was not cancelled, and nothing was sent: {2}.";
    public const string NothingChangedNotSandbox = "Nothing was sent to tenant {0}: {1}.";
    public const string RefusedBySubscriptionRule = "Order {0} of customer {1} was not cancelled, and nothing was sent: {2}.";
    public const string ConfirmationNotPossible =
        "{0} asks before {1}, and this session cannot ask (it is not interactive, like an Azure Automation job or pwsh -NonInteractive). Nothing was sent.";
    public const string ConfirmationNotPossibleAction =
        "Add -Force (or -Confirm:$false) to cancel without asking, or -WhatIf to see what would be cancelled.";
    public const string CreatedRangeEmpty = "-CreatedAfter ({0:u}) is later than -CreatedBefore ({1:u}), so no order could match. Swap them, or drop one.";
    public const string Accepted =
        "Partner Center took the cancellation of order {0} of customer {1}, but shows it as '{2}', not cancelled yet. Add -Wait to wait until it is cancelled, or look at it later with Get-PCSandboxOrder.";
    public const string StillPending = "Order {0} of customer {1} still shows '{2}' after waiting {3:0} seconds for its cancellation to complete.";
    public const string VerifiedAfterUnclearAnswer = "The answer to cancelling order {0} of customer {1} did not say what happened; read again, the order shows '{2}'.";
    public const string InFlightWhenStopped =
        "Stopped while these cancellations were on their way or not yet reported; each may or may not have been applied, so look at them with Get-PCSandboxOrder: {0}";
    public const string OrderNotFoundAnywhere = "No customer of this partner has an order {0}.";
    public const string NotAWildcardPattern = "'{0}' is not a valid wildcard pattern: {1} To match a [ or ] literally, put a backtick before it (`[).";
    public const string GermanyClosed =
        "Microsoft Cloud Germany was closed on {0:d MMMM yyyy} and its tenants moved to the global cloud. Its sign-in host, login.microsoftonline.de, signs no one in any more (it answers with another host's certificate), so this sign-in fails: connect with -Environment Global (the default) instead.";
    public const string CloudClosedToolTip = "closed on {0:yyyy-MM-dd}: its tenants moved to the global cloud; use Global";
    public const string OrderCompletionToolTip = "{0}, created {1:yyyy-MM-dd}: {2}";
    public const string OrderNotFoundAction = "Check the order id with Get-PCSandboxOrder, or give -CustomerId.";
    public const string CancellingEachOrder = "cancelling each order";
    public const string CancellingEachSubscription = "cancelling each subscription";
    public const string RemovingEachCustomer = "removing each customer";
    public const string StopOrderCommand = "Stop-PCSandboxOrder";
    public const string StopSubscriptionCommand = "Stop-PCSandboxSubscription";
    public const string RemoveCustomerCommand = "Remove-PCSandboxCustomer";
    public const string CancelledLabel = "cancelled";
    public const string AlreadyCancelledLabel = "already cancelled";
    public const string RemovedLabel = "removed";
    public const string WrongTokenAudienceAction =
        "The token is for https://graph.windows.net, an audience Partner Center no longer accepts. Only -AccessToken brings a token the module did not ask for itself: get one for https://api.partnercenter.microsoft.com (scope https://api.partnercenter.microsoft.com/.default, or user_impersonation for App+User), or connect with a mode that signs in itself (-ClientSecret, -Certificate, -Identity, -RefreshToken).";
    public const string MfaRequiredByApiAction =
        "Partner Center takes App+User calls only from a sign-in with multi-factor authentication. Have the partner admin sign in again with MFA (for -RefreshToken: a new refresh token from a sign-in with MFA), or use an app-only sign-in (-ClientSecret, -Certificate, -Identity).";
    public const string MfaRequiredBySignInAction =
        "Conditional access asks this user for multi-factor authentication, and the refresh token came from a sign-in without it. Have the partner admin sign in once more with MFA to get a new refresh token (the Secure Application Model), or use an app-only sign-in.";
    public const string RefreshTokenInvalidAction =
        "The refresh token is not valid here (another app's or tenant's, or spent where single use is enforced). Have a partner admin sign in again with MFA for a new one, and store the newest one after each run ($connection.GetRefreshToken()).";

    // Subscriptions.
    public const string SubscriptionSubject = "Subscription {0} of customer {1}";
    public const string SubscriptionProgressActivity = "Cancelling sandbox subscriptions";
    public const string SubscriptionAlreadyCancelled = "Subscription {0} of customer {1} is already cancelled (status {2}); skipped, nothing was sent.";
    public const string DuplicateSubscription = "Subscription {0} of customer {1} came again in the input; it is cancelled once.";
    public const string SubscriptionAccepted =
        "Partner Center took the cancellation of subscription {0} of customer {1}, but shows it as '{2}', not cancelled yet. Add -Wait to wait until it is, or look at it later with Get-PCSandboxSubscription.";
    public const string SubscriptionStillPending = "Subscription {0} of customer {1} still shows '{2}' after waiting {3:0} seconds for its cancellation to complete.";
    public const string SubscriptionVerifiedAfterUnclearAnswer = "The answer to cancelling subscription {0} of customer {1} did not say what happened; read again, it shows '{2}'.";
    public const string SubscriptionRefused = "Subscription {0} of customer {1} was not cancelled, and nothing was sent: it is {2}.";
    public const string SubscriptionRefusedNotSandbox = "Subscription {0} of customer {1} was not cancelled, and nothing was sent: {2}.";
    public const string SubscriptionsInFlightWhenStopped =
        "Stopped while these cancellations were on their way or not yet reported; each may or may not have been applied, so look at them with Get-PCSandboxSubscription: {0}";
    public const string SubscriptionShouldProcessTarget = "subscription {0} of customer {1} ({2}, {3}, status {4})";
    public const string SubscriptionShouldProcessCancel = "Cancel (status {0})";
    public const string CancellingSubscription = "Cancelling subscription {0} of customer {1} (status {2}).";
    public const string SubscriptionNotFoundAnywhere = "No customer of this partner has a subscription {0}.";
    public const string OrderWithoutSubscriptions = "Order {0} of customer {1} names no subscription, so there is nothing to cancel.";
    public const string CancelOrderInsteadAction = "Cancel its order instead: Get-PCSandboxOrder -CustomerId <customer> -OrderId <order> | Stop-PCSandboxOrder.";
    public const string CancellationWindowPassedAction =
        "Leave it as it is: new commerce and software subscriptions can be cancelled only within 7 days of their purchase (CancellationAllowedUntil of Get-PCSandboxSubscription).";
    public const string SubscriptionSuspendedAction = "Partner Center does not change a suspended subscription; leave it, or look at it with Get-PCSandboxSubscription.";
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

    // Customers.
    public const string CustomerProgressActivity = "Removing sandbox customers";
    public const string DuplicateCustomer = "Customer {0} came again in the input; it is removed once.";
    public const string CustomerVerifiedAfterUnclearAnswer = "The answer to removing customer {0} did not say what happened; read again, the customer is gone.";
    public const string CustomerAccepted = "Partner Center took the removal of customer {0}, but still shows it. Look at it later with Get-PCSandboxCustomer.";
    public const string CustomerStillPending = "Customer {0} is still there after waiting {3:0} seconds for its removal.";
    public const string CustomerRefusedNotSandbox = "Customer {0} was not removed, and nothing was sent: {2}.";
    public const string CustomersInFlightWhenStopped =
        "Stopped while these removals were on their way or not yet reported; each may or may not have been applied, so look at them with Get-PCSandboxCustomer: {0}";
    public const string CustomerShouldProcessTarget = "customer {0} ({1})";
    public const string CustomerShouldProcessRemove = "Remove from the integration sandbox";
    public const string CustomerShouldProcessRemoveCancelling = "Cancel the orders that block its removal, then remove it from the integration sandbox";
    public const string RemovingCustomer = "Removing customer {0}.";
    public const string CancelledBeforeRemoval = "Customer {0} is removed; these of its orders were cancelled first, as they blocked the removal: {1}.";
    public const string CustomerHasActiveOrdersAction =
        "Cancel those orders first (Stop-PCSandboxOrder; an Azure plan with Stop-PCSandboxSubscription), or run Remove-PCSandboxCustomer -CancelOrders to cancel them and then remove the customer.";
    public const string CustomerOutcomeUnknownAction = "Look at the customer with Get-PCSandboxCustomer -CustomerId <customer> before removing it again.";
    public const string CustomerNotConfirmedAction = "Look at the customer with Get-PCSandboxCustomer -CustomerId <customer>; run Remove-PCSandboxCustomer again if it is still there.";
}
