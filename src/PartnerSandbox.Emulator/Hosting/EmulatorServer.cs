using System;
using System.Linq;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PartnerSandbox.Emulator.Hosting;
using PartnerSandbox.Emulator.Identity;
using PartnerSandbox.Emulator.Seeding;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator;

/// <summary>
/// A running Partner Center emulator on <c>https://127.0.0.1:port</c>: the identity endpoints, the
/// <c>/v1</c> API and, in test mode, the <c>/_emulator</c> admin API; and on <c>http://127.0.0.1:port</c>
/// the managed-identity endpoint of the partners' runbook hosts. Start one per test class in-process, or
/// run the program.
/// </summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly X509Certificate2 serverCertificate;
    private readonly ManagedIdentityHost managedIdentityHost;
    private int stateSaved;

    private EmulatorServer(WebApplication app, X509Certificate2 serverCertificate, EmulatorState state, Uri baseUri)
    {
        this.app = app;
        managedIdentityHost = app.Services.GetRequiredService<ManagedIdentityHost>();
        this.serverCertificate = serverCertificate;
        State = state;
        BaseUri = baseUri;
        Certificate = X509CertificateLoader.LoadCertificate(serverCertificate.RawData);
    }

    /// <summary>The origin, e.g. <c>https://127.0.0.1:54321/</c>; authorities are <c>{BaseUri}{tenantId}</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>The seeded data as it is now, for tests to inspect.</summary>
    public EmulatorState State { get; }

    /// <summary>The server's self-signed certificate (public part only), for clients that trust exactly it.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>What a runbook host of the partner tenant sets as <c>IDENTITY_ENDPOINT</c>.</summary>
    public Uri ManagedIdentityEndpoint(Guid tenantId) => managedIdentityHost.EndpointFor(tenantId);

    /// <summary>What every runbook host of this emulator sets as <c>IDENTITY_HEADER</c>.</summary>
    public string ManagedIdentityHeader => managedIdentityHost.Header;

    /// <summary>An HTTP client for this server (base address set) that trusts exactly its certificate and nothing else.</summary>
    public HttpClient CreateClient()
    {
        var expectedHash = Certificate.GetCertHash();
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate is not null && certificate.GetCertHash().AsSpan().SequenceEqual(expectedHash),
            },
        };
        return new HttpClient(handler) { BaseAddress = BaseUri };
    }

    /// <exception cref="SeedFileException">A seed file is missing or malformed.</exception>
    /// <exception cref="System.IO.IOException">The port cannot be bound.</exception>
    public static async Task<EmulatorServer> StartAsync(EmulatorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var clock = new VirtualClock();
        var state = new EmulatorState(SeedSources(options), clock, options.StateFile);
        var certificate = SelfSignedCertificate.CreateForLoopback(clock.GetUtcNow());
        WebApplication? app = null;
        try
        {
            app = EmulatorApplication.Build(options, certificate, state, clock);
            await app.StartAsync(ct).ConfigureAwait(false);
            var urls = app.Urls.Select(url => new Uri(url)).ToList();
            var baseUri = urls.Single(url => url.Scheme == Uri.UriSchemeHttps);
            app.Services.GetRequiredService<EmulatorOrigin>().Set(baseUri);
            app.Services.GetRequiredService<ManagedIdentityHost>().Set(urls.Single(url => url.Scheme == Uri.UriSchemeHttp));
            return new EmulatorServer(app, certificate, state, baseUri);
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }

            certificate.Dispose();
            throw;
        }
    }

    private static SeedSource[] SeedSources(EmulatorOptions options) =>
    [
        .. options.SeedFiles.Select(SeedSource.FromArgument),
        .. options.Generate is { } generate ? [SeedSource.Generated(generate)] : Array.Empty<SeedSource>(),
    ];

    /// <summary>
    /// Stops listening (requests in flight get a moment to finish), then writes the state file, if
    /// there is one, once: a clean stop is what keeps the state.
    /// </summary>
    public async Task StopAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        if (State.StateFilePath is not null && Interlocked.Exchange(ref stateSaved, 1) == 0)
        {
            State.SaveState();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        serverCertificate.Dispose();
        Certificate.Dispose();
    }
}
