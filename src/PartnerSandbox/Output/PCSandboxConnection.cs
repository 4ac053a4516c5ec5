using System;
using System.Globalization;
using System.Security;
using PartnerSandbox.Engine;
using PartnerSandbox.Infrastructure.Connections;

namespace PartnerSandbox;

/// <summary>
/// What Connect-PCSandbox returns and what -Connection takes. It shows who is connected and where; it never holds a
/// secret or a token in a property (the signed-in session behind it is internal).
/// </summary>
public sealed class PCSandboxConnection
{
    private readonly bool declaredSandbox;

    internal PCSandboxConnection(PartnerCenterSession session, bool declaredSandbox)
    {
        Session = session;
        this.declaredSandbox = declaredSandbox;
    }

    /// <summary>Whether this connection may change anything: only a declared integration sandbox that the service never contradicted.</summary>
    public PCSandboxAccountKind AccountKind =>
        Session.Evidence.ShownPrimary ? PCSandboxAccountKind.Primary
        : declaredSandbox ? PCSandboxAccountKind.IntegrationSandbox
        : PCSandboxAccountKind.Undeclared;

    public string TenantId => Session.Settings.TenantId;

    public string ClientId => Session.ClientId;

    public string SignInKind => Session.SignInKind;

    public string Environment => Session.Settings.EnvironmentName;

    public Uri Endpoint => Session.Settings.ApiBaseUri;

    public Uri AuthorityHost => Session.Settings.AuthorityHost;

    /// <summary>
    /// Who is signed in, as Az.Accounts shows it: the user for App+User sign-ins, the application (client) id for
    /// app-only ones (a service principal), whom the token names for -AccessToken.
    /// </summary>
    public string? Account => Session.Account;

    /// <summary>When the token last used expires; tokens are renewed silently before then.</summary>
    public DateTimeOffset? TokenExpiresOn => Session.TokenExpiresOn;

    /// <summary>
    /// The newest refresh token of an App+User connection, to store back in a vault: the service rotates refresh
    /// tokens, and though Entra does not revoke the one passed to -RefreshToken when it is redeemed, each expires 90
    /// days after it was issued, so the newest one keeps the sign-in alive. A method (not a property)
    /// so that it is never shown by Format-List or ConvertTo-Json. Null for app-only connections.
    /// </summary>
    public SecureString? GetRefreshToken() => Session.CurrentRefreshToken;

    internal PartnerCenterSession Session { get; }

    /// <summary>True once Disconnect-PCSandbox has closed it; it can no longer be used.</summary>
    public bool IsDisconnected { get; private set; }

    /// <summary>True while it is the current connection of this session (the one cmdlets use without -Connection).</summary>
    public bool IsCurrent => ReferenceEquals(ConnectionStore.Current, this);

    /// <summary>Why this connection changes nothing, or null when it is an integration sandbox.</summary>
    internal string? WhyNoChanges => AccountKind switch
    {
        PCSandboxAccountKind.IntegrationSandbox => null,
        PCSandboxAccountKind.Primary => string.Format(CultureInfo.InvariantCulture, Messages.PrimaryAccount, TenantId),
        _ => Messages.NotDeclaredSandbox,
    };

    internal void Disconnect()
    {
        IsDisconnected = true;
        Session.Forget();
    }

    // The account only when it is not the application already named (app-only sign-ins).
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0} ({1}, application {2}, {3}{4})",
            TenantId,
            Environment,
            ClientId,
            SignInKind,
            Account is null || string.Equals(Account, ClientId, StringComparison.OrdinalIgnoreCase) ? string.Empty : ", " + Account);
}
