using System;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>
/// Does, in the background as soon as the module is imported, the one-time work of a process's first sign-in that
/// would otherwise wait on Connect-PCSandbox's own path: loading the machine's certificate trust store (most of the
/// first TLS handshake on Linux, ~0.1 s) and running MSAL's client-credential path once, against an answer held in
/// memory, which readies the JSON metadata of its answers and its token cache (~0.1 s, mostly not precompilable, as
/// it is System.Text.Json's generic code over MSAL's types). Nothing is sent anywhere, the throwaway application's
/// token never leaves it, and a failure changes nothing but the speed of the first sign-in.
/// </summary>
public static class SignInWarmUp
{
    private static readonly string[] Scopes = { "https://warm-up.invalid/.default" };
    private static int started;

    /// <summary>Runs the warm-up, once per process (later calls are done at once); it never fails.</summary>
    public static Task RunOnceAsync() => Interlocked.Exchange(ref started, 1) == 0 ? RunQuietlyAsync() : Task.CompletedTask;

    /// <summary>The warm-up's MSAL part, with <paramref name="tokenEndpoint"/> as its only transport.</summary>
    internal static async Task AcquireThroughMsalAsync(HttpMessageHandler tokenEndpoint)
    {
        using var http = new HttpClient(tokenEndpoint, disposeHandler: false);
        var application = ConfidentialClientApplicationBuilder.Create(Guid.Empty.ToString())
            .WithClientSecret("warm-up")
            .WithAuthority("https://warm-up.invalid/" + Guid.Empty + "/")
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(new MsalHttpClientFactory(http))
            .Build();
        await application.AcquireTokenForClient(Scopes).ExecuteAsync().ConfigureAwait(false);
    }

    private static async Task RunQuietlyAsync()
    {
        try
        {
            // MSAL first: Connect-PCSandbox needs it before the TLS handshake needs the trust store.
            using (var answer = new WarmUpTokenAnswer())
            {
                await AcquireThroughMsalAsync(answer).ConfigureAwait(false);
            }

            LoadTrustStore();
        }
#pragma warning disable CA1031 // Whatever fails here, the real sign-in does again and reports; the warm-up only saves time.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private static void LoadTrustStore()
    {
        using var store = new X509Store(StoreName.Root, StoreLocation.LocalMachine);
        store.Open(OpenFlags.ReadOnly);
        foreach (var certificate in store.Certificates)
        {
            certificate.Dispose();
        }
    }
}
