using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using PartnerSandbox.Engine.Connections;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>App+User sign-in in the system browser (authorization code with PKCE, redirect to a loopback port).</summary>
internal sealed class InteractiveTokenProvider : UserTokenProvider
{
    private readonly BrowserEnvironment browser;

    public InteractiveTokenProvider(ConnectionSettings settings, string clientId, HttpMessageHandler transport, BrowserEnvironment browser, bool persistCache)
        : base(settings, transport, http => MsalApplications.Public(settings, clientId, http), persistCache)
    {
        this.browser = browser;
    }

    public override string SignInKind => "Interactive";

    protected override Task<AuthenticationResult> AcquireFirstAsync(CancellationToken cancellationToken)
    {
        // Checked before MSAL tries: without a browser MSAL would wait for a redirect that never comes.
        browser.EnsureAvailable(TenantId);
        return ((IPublicClientApplication)Application).AcquireTokenInteractive(Scopes)
            .WithUseEmbeddedWebView(false)
            .WithPrompt(Prompt.SelectAccount)
            .ExecuteAsync(cancellationToken);
    }
}
