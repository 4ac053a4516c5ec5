namespace PartnerSandbox.Engine;

/// <summary>
/// Which service gave a failure its code. Codes of different services can share digits (a Partner Center code and an
/// AADSTS number alike are just numbers), so a code means something only together with its source.
/// </summary>
public enum ErrorSource
{
    /// <summary>No service gave a code.</summary>
    None,

    /// <summary>Partner Center's error body (its <c>code</c>, or <c>errorName</c> when it gives no code).</summary>
    PartnerCenter,

    /// <summary>The sign-in service, Entra ID: an AADSTS number, or the OAuth error code MSAL reports (such as code_expired).</summary>
    EntraId,
}
