namespace PartnerSandbox;

/// <summary>
/// Every user-facing sentence the cmdlets write, in one place (the recommended actions in Messages.Actions.cs). None of
/// them ever includes a secret or a token.
/// </summary>
internal static partial class Messages
{
    public const string NotConnected = "You are not connected to Partner Center in this session.";
    public const string ConnectionClosed = "The connection passed with -Connection was closed by Disconnect-PCSandbox.";
    public const string Connecting = "Signing in to tenant {0} as application {1} at {2} ({3} sign-in).";
    public const string Connected = "Connected to Partner Center at {0} as application {1} of tenant {2}; the token expires at {3:u}.";
    public const string Disconnected = "Disconnected from tenant {0}; its tokens are forgotten.";
    public const string NothingToDisconnect = "There is no connection to disconnect in this session.";
    public const string AlreadyDisconnected = "The connection to tenant {0} was already closed; nothing to do.";
    public const string EmptyIdentifier = "-{0} is empty. Give the {1} (for example from Get-PCSandboxOrder), or pipe orders from Get-PCSandboxOrder.";
    public const string OrderTooOld =
        "Order {0} of customer {1} was created on {2:yyyy-MM-dd} ({3} days ago). The integration sandbox cancels orders only within {4} days of their creation, so this one cannot be cancelled; nothing was sent.";
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
        "This machine does not trust the certificate of {0} ({1}). {0} is on this machine, like the PartnerSandbox emulator, whose certificate is self-signed.";
    public const string NotDeclaredSandbox =
        "the connection is not declared an integration sandbox (Partner Center cannot tell a client whether an account is a sandbox): connect with -IntegrationSandbox to change orders";
    public const string PrimaryAccount = "tenant {0} is a primary (production) account: Partner Center answered 800019, which only non-sandbox tenants get";
    public const string RefusedNotSandbox = "Order {0} of customer {1} was not cancelled, and nothing was sent: {2}.";
    public const string NothingChangedNotSandbox = "Nothing was sent to tenant {0}: {1}.";
    public const string RefusedBySubscriptionRule = "Order {0} of customer {1} was not cancelled, and nothing was sent: {2}.";
    public const string ConfirmationNotPossible =
        "{0} asks before {1}, and this session cannot ask (it is not interactive, like an Azure Automation job or pwsh -NonInteractive). Nothing was sent.";
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
    public const string CancellingEachOrder = "cancelling each order";
    public const string CancellingEachSubscription = "cancelling each subscription";
    public const string RemovingEachCustomer = "removing each customer";
    public const string StopOrderCommand = "Stop-PCSandboxOrder";
    public const string StopSubscriptionCommand = "Stop-PCSandboxSubscription";
    public const string RemoveCustomerCommand = "Remove-PCSandboxCustomer";
    public const string CancelledLabel = "cancelled";
    public const string AlreadyCancelledLabel = "already cancelled";
    public const string RemovedLabel = "removed";

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
    public const string CancelledByOrderReason = "{0}: use Stop-PCSandboxOrder";
    public const string OrderWithoutSubscriptions = "Order {0} of customer {1} names no subscription, so there is nothing to cancel.";

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
}
