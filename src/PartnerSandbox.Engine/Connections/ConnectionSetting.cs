namespace PartnerSandbox.Engine.Connections;

/// <summary>The settings of a connection the engine checks before anything is sent; a caller names them its own way.</summary>
public enum ConnectionSetting
{
    /// <summary>The partner's tenant: its id or a verified domain.</summary>
    Tenant,

    /// <summary>The named Partner Center cloud.</summary>
    Environment,

    /// <summary>The API base URL of a custom cloud.</summary>
    Endpoint,

    /// <summary>The sign-in host of a custom cloud.</summary>
    AuthorityHost,

    /// <summary>Skipping the check of the servers' certificates.</summary>
    SkipCertificateCheck,

    /// <summary>The federated token given for the client assertion.</summary>
    FederatedToken,

    /// <summary>The client id of a user-assigned managed identity.</summary>
    IdentityClientId,
}
