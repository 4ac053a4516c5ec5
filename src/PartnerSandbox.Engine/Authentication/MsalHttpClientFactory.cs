using System.Net.Http;
using Microsoft.Identity.Client;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>Makes MSAL use the connection's sign-in HTTP client (over the connection's transport), so -SkipCertificateCheck (loopback only) applies to sign-in too.</summary>
internal sealed class MsalHttpClientFactory : IMsalHttpClientFactory
{
    private readonly HttpClient client;

    public MsalHttpClientFactory(HttpClient client)
    {
        this.client = client;
    }

    public HttpClient GetHttpClient() => client;
}
