using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using PartnerSandbox.Engine.Connections;

namespace PartnerSandbox.Engine.Authentication
{
    /// <summary>App+User sign-in with a device code: the user signs in on another device; the message says where and with which code.</summary>
    internal sealed class DeviceCodeTokenProvider : UserTokenProvider
    {
        public DeviceCodeTokenProvider(ConnectionSettings settings, string clientId, HttpMessageHandler transport, bool persistCache)
            : base(settings, transport, http => MsalApplications.Public(settings, clientId, http), persistCache)
        {
        }

        public override string SignInKind => "DeviceCode";

        protected override Task<AuthenticationResult> AcquireFirstAsync(CancellationToken cancellationToken) =>
            ((IPublicClientApplication)Application).AcquireTokenWithDeviceCode(Scopes, code =>
            {
                // A warning, as Az.Accounts does: it reaches the user even when the output is captured or redirected.
                EngineLog.Current?.Warning(code.Message);
                return Task.CompletedTask;
            }).ExecuteAsync(cancellationToken);
    }
}
