namespace PartnerSandbox
{
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
        public const string InvalidArgumentAction = "Correct the value of -{0} and run the command again.";
        public const string EmptyIdentifier = "-{0} is empty. Give the {1} (for example from Get-PCSandboxOrder), or pipe orders from Get-PCSandboxOrder.";
        public const string OrderTooOld =
            "Order {0} of customer {1} was created on {2:yyyy-MM-dd} ({3} days ago). The integration sandbox cancels orders only within {4} days of their creation, so this one cannot be cancelled; nothing was sent.";
        public const string OrderTooOldAction = "Leave this order as it is; only orders created in the last 60 days can be cancelled. Filter them with Where-Object Age -le 60.";
        public const string AlreadyCancelled = "Order {0} of customer {1} is already cancelled; skipped, nothing was sent.";
        public const string ShouldProcessTarget = "order {0} of customer {1} (created {2}, status {3})";
        public const string ShouldProcessAction = "Cancel";
        public const string Cancelling = "Cancelling order {0} of customer {1}.";
        public const string DuplicateOrder = "Order {0} of customer {1} came again in the input; it is cancelled once.";
        public const string ProgressActivity = "Cancelling sandbox orders";
        public const string ProgressStatus = "{0} of {1} done ({2:0.0} a second)";
        public const string CredentialWithoutClientId = "The -Credential has no user name. Its user name must be the application (client) id, and its password the client secret.";
        public const string CertificateNotFound = "No certificate with thumbprint {0} is in CurrentUser\\My or LocalMachine\\My. Import it (with its private key) or pass it with -Certificate or -CertificatePath.";
        public const string CertificateFileNotFound = "The certificate file '{0}' does not exist. Give the path of a PFX (PKCS#12) file with the certificate and its private key.";
        public const string CertificateFileUnreadable = "The certificate file '{0}' could not be read: {1} Check -CertificatePassword and that the file is a PFX (PKCS#12) file.";
        public const string CertificateWithoutPrivateKey = "The certificate {0} ({1}) has no private key, so it cannot sign in. Use the certificate with its private key (a PFX file, or the store entry that has it).";
        public const string UnknownDate = "on an unknown date";
    }
}
