using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Authentication;
using PartnerSandbox.Engine.Connections;
using PartnerSandbox.Engine.Http;

namespace PartnerSandbox.Engine;

/// <summary>
/// One signed-in connection: its settings, its token provider, its single HttpClient with the handler chain
/// contract headers -> bearer token -> trace -> transport, and the request runner that retries over it. Holds no
/// secret that it shows.
/// </summary>
public sealed class PartnerCenterSession : IDisposable
{
    private readonly HttpMessageHandler transport;
    private readonly HttpClient http;
    private readonly ITokenProvider tokens;

    /// <summary>
    /// The most a single answer may hold. A customer's order list is not paged by the service; 32 MiB holds about
    /// 25,000 orders, far beyond what any sandbox (or partner) has, and bounds what a broken server can make us read.
    /// </summary>
    public const long MaxAnswerBytes = 32L * 1024 * 1024;

    /// <summary>
    /// The most requests one connection has under way: the largest -ThrottleLimit, which measured fastest (96 was
    /// slower). The transport allows as many connections to a host (.NET Framework's default is two).
    /// </summary>
    public const int MaxRequestsInFlight = 64;

    /// <summary>Builds the handler chain over any transport; tests pass a fake one.</summary>
    internal PartnerCenterSession(
        ConnectionSettings settings,
        string clientId,
        ITokenProvider tokens,
        HttpMessageHandler transport,
        RetryPolicy retryPolicy,
        string userAgent,
        long maxAnswerBytes = MaxAnswerBytes)
    {
        Settings = settings;
        ClientId = clientId;
        this.tokens = tokens;
        this.transport = transport;
        var chain = new ContractHeadersHandler(ProductInfoHeaderValue.Parse(userAgent), "en-US", applicationName: "PartnerSandbox")
        {
            InnerHandler = new BearerTokenHandler(tokens) { InnerHandler = new TraceHandler { InnerHandler = transport } },
        };
        http = new HttpClient(chain, disposeHandler: true)
        {
            BaseAddress = new Uri(settings.ApiBaseUri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/"),
            // Each attempt has its own timeout in the request runner; a whole call may wait out several Retry-After periods.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        Client = new PartnerCenterClient(new RequestRunner(http, retryPolicy, maxAnswerBytes, Evidence));
    }

    public ConnectionSettings Settings { get; }

    public string ClientId { get; }

    public string SignInKind => tokens.SignInKind;

    /// <summary>The signed-in user for App+User modes, the application (client) id for app-only ones.</summary>
    public string? Account => tokens.Account;

    /// <summary>When the current token expires (tokens are renewed silently before then).</summary>
    public DateTimeOffset? TokenExpiresOn => tokens.ExpiresOn;

    /// <summary>The newest refresh token, for App+User modes: the service rotates it and a script must store it back.</summary>
    public SecureString? CurrentRefreshToken => (tokens as UserTokenProvider)?.CurrentRefreshToken;

    public PartnerCenterClient Client { get; }

    /// <summary>What the service's answers have shown about the account (a primary account, once it refuses as one).</summary>
    public AccountEvidence Evidence { get; } = new();

    /// <summary>Signs in and returns the connection once the first token has been issued (so a wrong credential fails here).</summary>
    public static async Task<PartnerCenterSession> ConnectAsync(
        ConnectionSettings settings, SignInRequest signIn, string userAgent, RetryPolicy? retryPolicy, CancellationToken cancellationToken)
    {
        if (signIn is null)
        {
            throw new ArgumentNullException(nameof(signIn));
        }

        var transport = LoopbackCertificatePolicy.CreateHandler(settings);
        var tokens = signIn.CreateProvider(settings, transport);
        var session = new PartnerCenterSession(settings, signIn.ClientId ?? string.Empty, tokens, transport, retryPolicy ?? new RetryPolicy(), userAgent);
        try
        {
            await tokens.GetTokenAsync(forceRefresh: false, cancellationToken).ConfigureAwait(false);
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>Forgets the connection for good: deletes the persistent token cache if it used one, then disposes.</summary>
    public void Forget()
    {
        (tokens as UserTokenProvider)?.ForgetPersistedTokens();
        Dispose();
    }

    public void Dispose()
    {
        http.Dispose();
        tokens.Dispose();
        transport.Dispose();
    }
}
