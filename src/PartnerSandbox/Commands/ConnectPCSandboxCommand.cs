using System;
using System.Globalization;
using System.Management.Automation;
using System.Security;
using System.Security.Cryptography.X509Certificates;
using PartnerSandbox.Engine;
using PartnerSandbox.Engine.Authentication;
using PartnerSandbox.Engine.Connections;
using PartnerSandbox.Engine.Http;
using PartnerSandbox.Errors;
using PartnerSandbox.Infrastructure.Connections;

namespace PartnerSandbox.Commands;

/// <summary>
/// Signs in to Partner Center and makes the connection the current one of this runspace. Parameter names follow
/// Az.Accounts: -ServicePrincipal -Credential, -CertificateThumbprint, -UseDeviceAuthentication, -Environment.
/// </summary>
[Cmdlet(VerbsCommunications.Connect, "PCSandbox", DefaultParameterSetName = Sets.Interactive)]
[OutputType(typeof(PCSandboxConnection))]
public sealed partial class ConnectPCSandboxCommand : PCSandboxCmdlet
{
    /// <summary>The partner's tenant: its id (GUID) or a verified domain.</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    [Alias("Tenant")]
    public string TenantId { get; set; } = string.Empty;

    /// <summary>The application (client) id of the partner's app registration.</summary>
    [Parameter(Mandatory = true, ParameterSetName = Sets.ClientSecret)]
    [Parameter(Mandatory = true, ParameterSetName = Sets.CertificateThumbprint)]
    [Parameter(Mandatory = true, ParameterSetName = Sets.Certificate)]
    [Parameter(Mandatory = true, ParameterSetName = Sets.CertificateFile)]
    [Parameter(Mandatory = true, ParameterSetName = Sets.RefreshTokenWithClientSecret)]
    [Parameter(Mandatory = true, ParameterSetName = Sets.RefreshTokenWithCertificateThumbprint)]
    [Parameter(Mandatory = true, ParameterSetName = Sets.RefreshTokenWithCertificate)]
    [Parameter(Mandatory = true, ParameterSetName = Sets.DeviceCode)]
    [Parameter(Mandatory = true, ParameterSetName = Sets.Interactive)]
    [Parameter(Mandatory = true, ParameterSetName = Sets.ManagedIdentity)]
    [Parameter(Mandatory = true, ParameterSetName = Sets.FederatedToken)]
    [Parameter(ParameterSetName = Sets.AccessToken)]
    [ValidateNotNullOrEmpty]
    [Alias("ApplicationId", "AppId")]
    public string? ClientId { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = Sets.ClientSecret)]
    [Parameter(Mandatory = true, ParameterSetName = Sets.RefreshTokenWithClientSecret)]
    [ValidateNotNull]
    public SecureString? ClientSecret { get; set; }

    /// <summary>Marks the sign-in as an application's (Az.Accounts' name); -Credential then holds client id and secret.</summary>
    [Parameter(Mandatory = true, ParameterSetName = Sets.ServicePrincipalCredential)]
    public SwitchParameter ServicePrincipal { get; set; }

    /// <summary>User name = client id, password = client secret; what Get-AutomationPSCredential gives a runbook.</summary>
    [Parameter(Mandatory = true, ParameterSetName = Sets.ServicePrincipalCredential)]
    [Parameter(Mandatory = true, ParameterSetName = Sets.RefreshTokenWithCredential)]
    [ValidateNotNull]
    [Credential]
    public PSCredential? Credential { get; set; }

    /// <summary>A certificate with its private key in CurrentUser\My or LocalMachine\My.</summary>
    [Parameter(Mandatory = true, ParameterSetName = Sets.CertificateThumbprint)]
    [Parameter(Mandatory = true, ParameterSetName = Sets.RefreshTokenWithCertificateThumbprint)]
    [ValidateNotNullOrEmpty]
    public string? CertificateThumbprint { get; set; }

    /// <summary>A certificate object with its private key; what Get-AutomationCertificate gives a runbook.</summary>
    [Parameter(Mandatory = true, ParameterSetName = Sets.Certificate)]
    [Parameter(Mandatory = true, ParameterSetName = Sets.RefreshTokenWithCertificate)]
    [ValidateNotNull]
    public X509Certificate2? Certificate { get; set; }

    /// <summary>A PFX (PKCS#12) file with the certificate and its private key.</summary>
    [Parameter(Mandatory = true, ParameterSetName = Sets.CertificateFile)]
    [ValidateNotNullOrEmpty]
    public string? CertificatePath { get; set; }

    [Parameter(ParameterSetName = Sets.CertificateFile)]
    public SecureString? CertificatePassword { get; set; }

    /// <summary>A refresh token from a partner admin's MFA sign-in (Secure Application Model); the newest one is $connection.GetRefreshToken().</summary>
    [Parameter(Mandatory = true, ParameterSetName = Sets.RefreshTokenWithClientSecret)]
    [Parameter(Mandatory = true, ParameterSetName = Sets.RefreshTokenWithCredential)]
    [Parameter(Mandatory = true, ParameterSetName = Sets.RefreshTokenWithCertificateThumbprint)]
    [Parameter(Mandatory = true, ParameterSetName = Sets.RefreshTokenWithCertificate)]
    [ValidateNotNull]
    public SecureString? RefreshToken { get; set; }

    /// <summary>Sign in as a user from another device with a code.</summary>
    [Parameter(Mandatory = true, ParameterSetName = Sets.DeviceCode)]
    [Alias("DeviceCode", "UseDeviceCode")]
    public SwitchParameter UseDeviceAuthentication { get; set; }

    /// <summary>
    /// Keep the user's tokens across sessions (App+User modes), encrypted by the operating system; on Linux without a
    /// keyring, in a file only your account can read (with a warning). Disconnect-PCSandbox deletes them.
    /// </summary>
    [Parameter(ParameterSetName = Sets.DeviceCode)]
    [Parameter(ParameterSetName = Sets.Interactive)]
    public SwitchParameter PersistTokenCache { get; set; }

    /// <summary>A token obtained elsewhere. It is never renewed.</summary>
    [Parameter(Mandatory = true, ParameterSetName = Sets.AccessToken)]
    [ValidateNotNull]
    public SecureString? AccessToken { get; set; }

    /// <summary>
    /// Sign in as the application with no secret: the host's managed identity (Azure Automation, App Service, an Azure
    /// VM), which the app registration trusts as a federated identity credential, provides the client assertion.
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = Sets.ManagedIdentity)]
    [Alias("ManagedIdentity", "MSI")]
    public SwitchParameter Identity { get; set; }

    /// <summary>The client id of a user-assigned managed identity; without it, the host's system-assigned identity.</summary>
    [Parameter(ParameterSetName = Sets.ManagedIdentity)]
    [ValidateNotNullOrEmpty]
    public string? IdentityClientId { get; set; }

    /// <summary>A token from an issuer the app registration trusts (a CI job's OIDC token), presented as the client assertion; never renewed.</summary>
    [Parameter(Mandatory = true, ParameterSetName = Sets.FederatedToken)]
    [ValidateNotNull]
    public SecureString? FederatedToken { get; set; }

    /// <summary>A named Partner Center cloud: Global (default), China, USGov, or Germany (closed in 2021; a warning says so).</summary>
    [Parameter]
    [ArgumentCompleter(typeof(EnvironmentCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Environment { get; set; }

    /// <summary>The API base URL of a custom cloud, such as the PartnerSandbox emulator.</summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? Endpoint { get; set; }

    /// <summary>The sign-in host of a custom cloud; the authority is {AuthorityHost}/{TenantId}. Defaults to the endpoint's origin.</summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? AuthorityHost { get; set; }

    /// <summary>Accept a self-signed certificate. Allowed only when the endpoint and the authority host are loopback addresses.</summary>
    [Parameter]
    public SwitchParameter SkipCertificateCheck { get; set; }

    /// <summary>How long one attempt of a request may take, its whole answer included, before it is tried again (seconds).</summary>
    [Parameter]
    [ValidateRange(1, 600)]
    public int RequestTimeout { get; set; } = 100;

    /// <summary>
    /// States that this tenant is an integration sandbox account. Partner Center cannot tell a client which kind an
    /// account is, and the same cancellation cancels real purchases in a primary account, so nothing is changed
    /// through a connection without it.
    /// </summary>
    [Parameter]
    public SwitchParameter IntegrationSandbox { get; set; }

    protected override void EndProcessing()
    {
        // Said first, whatever fails next: the sign-in there cannot succeed.
        if (Environment is not null && PartnerCenterEnvironment.Find(Environment)?.ClosedOn is DateTime closed)
        {
            WriteWarningMessage(string.Format(CultureInfo.InvariantCulture, Messages.GermanyClosed, closed));
        }

        ConnectionSettings settings;
        SignInRequest signIn;
        try
        {
            settings = ConnectionSettingsResolver.Resolve(TenantId, Environment, Endpoint, AuthorityHost, SkipCertificateCheck);
            RequireSecret(ClientSecret, nameof(ClientSecret));
            RequireSecret(Credential?.Password, nameof(Credential));
            RequireSecret(RefreshToken, nameof(RefreshToken));
            RequireSecret(AccessToken, nameof(AccessToken));
            signIn = SignInFromParameters();
        }
        catch (ConnectionArgumentException ex)
        {
            var parameterName = ParameterOf(ex.Setting);
            ThrowTerminatingError(ErrorCatalog.InvalidInput(parameterName, ex.Message, parameterName));
            return;
        }
        catch (ParameterValueException ex)
        {
            ThrowTerminatingError(ErrorCatalog.InvalidParameter(ex.ParamName, ex.Message, ex.ParamName));
            return;
        }

        WriteVerboseMessage(string.Format(CultureInfo.InvariantCulture, Messages.Connecting, settings.TenantId, signIn.ClientId, settings.Authority, ParameterSetName));
        PartnerCenterSession session;
        try
        {
            var retries = new RetryPolicy { AttemptTimeout = TimeSpan.FromSeconds(RequestTimeout) };
            session = RunEngine(token => PartnerCenterSession.ConnectAsync(settings, signIn, ModuleIdentity.UserAgent, retries, token));
        }
        catch (PartnerCenterException ex)
        {
            var oneFlagAway = !settings.SkipCertificateCheck && LoopbackCertificatePolicy.IsLoopback(settings.ApiBaseUri) && LoopbackCertificatePolicy.IsLoopback(settings.AuthorityHost)
                ? ErrorCatalog.UntrustedLoopbackCertificate(ex, settings.AuthorityHost, TenantId)
                : null;
            ThrowTerminatingError(oneFlagAway ?? ErrorCatalog.FromEngine(ex, TenantId));
            return;
        }

        // The previous connection is replaced as the current one but not closed: a script may still hold it and
        // use it with -Connection (two partners side by side), and Get-PCSandboxConnection -ListAvailable still lists
        // it. Disconnect-PCSandbox closes connections.
        var connection = new PCSandboxConnection(session, IntegrationSandbox);
        ConnectionStore.Add(connection);
        WriteVerboseMessage(string.Format(CultureInfo.InvariantCulture, Messages.Connected, settings.ApiBaseUri, signIn.ClientId, settings.TenantId, session.TokenExpiresOn));
        WriteObject(connection);
    }

    private SignInRequest SignInFromParameters() => ParameterSetName switch
    {
        Sets.ClientSecret => SignInRequest.AppOnly(ClientId!, AppCredential.FromSecret(ClientSecret!)),
        Sets.ServicePrincipalCredential => SignInRequest.AppOnly(CredentialClientId(), AppCredential.FromSecret(Credential!.Password)),
        Sets.CertificateThumbprint => SignInRequest.AppOnly(ClientId!, AppCredential.FromCertificate(CertificateSources.FromStore(CertificateThumbprint!))),
        Sets.Certificate => SignInRequest.AppOnly(ClientId!, AppCredential.FromCertificate(CertificateSources.WithPrivateKey(Certificate!, nameof(Certificate)))),
        Sets.CertificateFile => SignInRequest.AppOnly(ClientId!, AppCredential.FromCertificate(CertificateSources.FromFile(ResolvePath(CertificatePath!), CertificatePassword))),
        Sets.RefreshTokenWithClientSecret => SignInRequest.RefreshToken(ClientId!, AppCredential.FromSecret(ClientSecret!), RefreshToken!),
        Sets.RefreshTokenWithCredential => SignInRequest.RefreshToken(CredentialClientId(), AppCredential.FromSecret(Credential!.Password), RefreshToken!),
        Sets.RefreshTokenWithCertificateThumbprint => SignInRequest.RefreshToken(ClientId!, AppCredential.FromCertificate(CertificateSources.FromStore(CertificateThumbprint!)), RefreshToken!),
        Sets.RefreshTokenWithCertificate => SignInRequest.RefreshToken(
            ClientId!, AppCredential.FromCertificate(CertificateSources.WithPrivateKey(Certificate!, nameof(Certificate))), RefreshToken!),
        // A warning, as Az.Accounts does: it reaches the user even when the output is captured or redirected.
        Sets.DeviceCode => SignInRequest.DeviceCode(ClientId!, PersistTokenCache, Queue.Warning),
        Sets.AccessToken => SignInRequest.WithAccessToken(AccessToken!, ClientId),
        Sets.ManagedIdentity => SignInRequest.ManagedIdentity(ClientId!, IdentityClientId),
        Sets.FederatedToken => SignInRequest.FederatedToken(ClientId!, FederatedToken!),
        _ => SignInRequest.Interactive(ClientId!, BrowserEnvironment.Current, PersistTokenCache),
    };

    private string ResolvePath(string path) => SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
}
