using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using PartnerSandbox.Engine.Connections;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>
/// What every MSAL-based mode shares: the HTTP client MSAL signs in through (over the connection's transport) and
/// one translation of MSAL's failures for the connection's tenant.
/// </summary>
internal abstract class MsalTokenProvider : RenewingTokenProvider
{
    protected MsalTokenProvider(ConnectionSettings settings, HttpMessageHandler transport)
        : base(null)
    {
        TenantId = settings.TenantId;
        SignInHttp = new HttpClient(transport, disposeHandler: false);
    }

    protected string TenantId { get; }

    protected HttpClient SignInHttp { get; }

    public override void Dispose()
    {
        SignInHttp.Dispose();
        base.Dispose();
    }

    protected Task<AuthenticationResult> RunMsal(Func<Task<AuthenticationResult>> call) => MsalApplications.Run(call, TenantId);
}
