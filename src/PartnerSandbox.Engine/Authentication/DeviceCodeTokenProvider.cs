using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using PartnerSandbox.Engine.Connections;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>App+User sign-in with a device code: the user signs in on another device; the message says where and with which code.</summary>
internal sealed class DeviceCodeTokenProvider : UserTokenProvider
{
    private readonly Action<string> showCode;

    /// <param name="showCode">Shows the user where to sign in and with which code; called during the first sign-in only.</param>
    public DeviceCodeTokenProvider(ConnectionSettings settings, string clientId, HttpMessageHandler transport, bool persistCache, Action<string> showCode)
        : base(settings, transport, http => MsalApplications.Public(settings, clientId, http), persistCache)
    {
        this.showCode = showCode;
    }

    public override string SignInKind => "DeviceCode";

    protected override Task<AuthenticationResult> AcquireFirstAsync(CancellationToken cancellationToken) =>
        ((IPublicClientApplication)Application).AcquireTokenWithDeviceCode(Scopes, code =>
        {
            showCode(code.Message);
            return Task.CompletedTask;
        }).ExecuteAsync(cancellationToken);
}
