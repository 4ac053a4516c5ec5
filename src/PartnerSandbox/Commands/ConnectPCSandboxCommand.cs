using System;
using System.Globalization;
using System.Management.Automation;
using System.Security;
using PartnerSandbox.Engine;
using PartnerSandbox.Engine.Connections;
using PartnerSandbox.Errors;
using PartnerSandbox.Infrastructure;

namespace PartnerSandbox.Commands
{
    /// <summary>Signs in to Partner Center and makes the connection the current one of this session.</summary>
    [Cmdlet(VerbsCommunications.Connect, "PCSandbox", DefaultParameterSetName = ClientSecretSet)]
    [OutputType(typeof(PCSandboxConnection))]
    public sealed class ConnectPCSandboxCommand : PCSandboxCmdlet
    {
        public const string ClientSecretSet = "ClientSecret";

        /// <summary>The partner's tenant: its id (GUID) or a verified domain.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        [Alias("Tenant")]
        public string TenantId { get; set; } = string.Empty;

        /// <summary>The application (client) id of the partner's app registration.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        [Alias("ApplicationId", "AppId")]
        public string ClientId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = ClientSecretSet)]
        [ValidateNotNull]
        public SecureString? ClientSecret { get; set; }

        /// <summary>A named Partner Center cloud: Global (default), China, USGov or Germany.</summary>
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

        protected override void EndProcessing()
        {
            ConnectionSettings settings;
            try
            {
                settings = ConnectionSettingsResolver.Resolve(TenantId, Environment, Endpoint, AuthorityHost, SkipCertificateCheck);
            }
            catch (ConnectionArgumentException ex)
            {
                var kind = new ErrorKind(ErrorCatalog.InvalidArgument.ErrorId, ErrorCategory.InvalidArgument, string.Format(CultureInfo.InvariantCulture, Messages.InvalidArgumentAction, ex.ParamName));
                ThrowTerminatingError(ErrorCatalog.Create(ex, kind, ex.ParamName, ex.Message.Split('\n')[0].Trim()));
                return;
            }

            WriteVerbose(string.Format(CultureInfo.InvariantCulture, Messages.Connecting, settings.TenantId, ClientId, settings.Authority, settings.EnvironmentName));
            PartnerCenterSession session;
            try
            {
                session = RunEngine(token => PartnerCenterSession.ConnectWithClientSecretAsync(settings, ClientId, ClientSecret!, ModuleIdentity.UserAgent, null, token));
            }
            catch (PartnerCenterException ex)
            {
                ThrowTerminatingError(ErrorCatalog.FromEngine(ex, TenantId));
                return;
            }

            var connection = new PCSandboxConnection(session);
            var previous = ConnectionStore.Current;
            ConnectionStore.Current = connection;
            previous?.Session.Dispose();
            WriteVerbose(string.Format(CultureInfo.InvariantCulture, Messages.Connected, settings.ApiBaseUri, ClientId, settings.TenantId, session.TokenExpiresOn));
            WriteObject(connection);
        }
    }
}
