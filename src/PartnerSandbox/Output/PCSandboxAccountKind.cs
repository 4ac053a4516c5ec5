namespace PartnerSandbox;

/// <summary>
/// What a connection's partner account is, as far as the module knows. Partner Center offers no call that says
/// whether an account is an integration sandbox, so the user declares it (Connect-PCSandbox -IntegrationSandbox), and
/// the service's own answers can still prove a declared account primary. Only IntegrationSandbox allows changes.
/// </summary>
public enum PCSandboxAccountKind
{
    /// <summary>Not declared: reading works, nothing is changed.</summary>
    Undeclared,

    /// <summary>Declared an integration sandbox at Connect-PCSandbox, and nothing the service answered says otherwise.</summary>
    IntegrationSandbox,

    /// <summary>Partner Center answered as it answers only primary (production) accounts: nothing is changed.</summary>
    Primary,
}
