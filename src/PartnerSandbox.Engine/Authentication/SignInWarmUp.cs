using System;
using System.Net.Http;
using System.Security;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Connections;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>
/// Does, in the background as soon as the module is imported, the one-time work of a process's first sign-in that
/// would otherwise wait on Connect-PCSandbox's own path: loading the machine's certificate trust store (most of the
/// first TLS handshake on Linux, ~0.1 s) and running the app-only sign-in once, through the same token provider a
/// connection uses, against an answer held in memory. That readies MSAL's JSON metadata and token cache and the
/// async code of every await on the way (~0.1 s, mostly not precompilable: it is the framework's generic code over
/// MSAL's and the engine's types). Nothing is sent anywhere, the throwaway application's token never leaves it, and
/// a failure changes nothing but the speed of the first sign-in.
/// </summary>
public static class SignInWarmUp
{
    private static readonly Uri Host = new("https://warm-up.invalid/");
    private static int started;

    /// <summary>Runs the warm-up, once per process (later calls are done at once); it never fails.</summary>
    public static Task RunOnceAsync() => Interlocked.Exchange(ref started, 1) == 0 ? RunQuietlyAsync() : Task.CompletedTask;

    /// <summary>The warm-up's sign-in, with <paramref name="tokenEndpoint"/> as its only transport; returns the token it was given.</summary>
    internal static async Task<AccessToken> SignInAppOnlyAsync(HttpMessageHandler tokenEndpoint)
    {
        var settings = new ConnectionSettings("WarmUp", Host, Host, Host.GetLeftPart(UriPartial.Authority), Guid.Empty.ToString(), skipCertificateCheck: false);
        using var secret = new SecureString();
        secret.AppendChar('-');
        var signIn = SignInRequest.AppOnly(Guid.Empty.ToString(), AppCredential.FromSecret(secret));
        using var tokens = signIn.CreateProvider(settings, tokenEndpoint);
        return await tokens.GetTokenAsync(forceRefresh: false, CancellationToken.None).ConfigureAwait(false);
    }

    private static async Task RunQuietlyAsync()
    {
        try
        {
            // The sign-in first: Connect-PCSandbox needs it before the TLS handshake needs the trust store.
            using (var answer = new WarmUpTokenAnswer())
            {
                await SignInAppOnlyAsync(answer).ConfigureAwait(false);
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
