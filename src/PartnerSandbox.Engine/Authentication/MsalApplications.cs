using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;
using PartnerSandbox.Engine.Connections;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>
/// Builds MSAL applications the same way for every sign-in mode: the connection's authority (instance discovery off
/// for a custom cloud), the connection's transport (so -SkipCertificateCheck applies to sign-in too), MSAL's log to
/// -Debug with personal data off; the managed-identity application alike, less the authority it has none of. Also
/// turns MSAL's failures into <see cref="PartnerCenterException"/>s.
/// </summary>
internal static class MsalApplications
{
    public static IConfidentialClientApplication Confidential(ConnectionSettings settings, string clientId, AppCredential credential, HttpClient signInHttp) =>
        Configure(credential.ApplyTo(ConfidentialClientApplicationBuilder.Create(clientId)), settings, signInHttp).Build();

    /// <summary>An app whose credential is a client assertion MSAL asks for whenever it goes to the token endpoint (federated identity credentials).</summary>
    public static IConfidentialClientApplication ConfidentialWithAssertion(
        ConnectionSettings settings, string clientId, Func<AssertionRequestOptions, Task<string>> assertion, HttpClient signInHttp) =>
        Configure(ConfidentialClientApplicationBuilder.Create(clientId).WithClientAssertion(assertion), settings, signInHttp).Build();

    /// <param name="userAssignedClientId">The client id of a user-assigned identity; null for the host's system-assigned one.</param>
    public static IManagedIdentityApplication ManagedIdentity(string? userAssignedClientId, HttpClient signInHttp) =>
        Transport(
            ManagedIdentityApplicationBuilder.Create(
                userAssignedClientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.WithUserAssignedClientId(userAssignedClientId)),
            signInHttp).Build();

    public static IPublicClientApplication Public(ConnectionSettings settings, string clientId, HttpClient signInHttp) =>
        Configure(PublicClientApplicationBuilder.Create(clientId).WithRedirectUri("http://localhost"), settings, signInHttp).Build();

    /// <summary>Runs an MSAL call and translates its failures.</summary>
    public static async Task<AuthenticationResult> Run(Func<Task<AuthenticationResult>> call, string tenantId)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (MsalException ex)
        {
            throw SignInFailures.Translate(ex, tenantId);
        }
        catch (HttpRequestException ex)
        {
            throw SignInFailures.Unreachable(ex, tenantId);
        }
        catch (JsonException ex)
        {
            // MSAL lets a success answer that is not JSON (an HTML page from a proxy or a wrong host) through as is.
            throw SignInFailures.Unreadable(ex, tenantId, null);
        }
    }

    private static T Configure<T>(AbstractApplicationBuilder<T> builder, ConnectionSettings settings, HttpClient signInHttp)
        where T : AbstractApplicationBuilder<T>
    {
        builder.WithAuthority(settings.Authority.ToString());
        Transport(builder, signInHttp);
        if (settings.IsCustomAuthority)
        {
            // A custom cloud (the emulator): MSAL must not ask login.microsoftonline.com whether this host is an Entra
            // instance; the host itself is the authority.
            builder.WithInstanceDiscovery(false);
        }

        return (T)builder;
    }

    /// <summary>What every MSAL application shares: the connection's HTTP client and MSAL's log to -Debug, personal data off.</summary>
    private static T Transport<T>(BaseAbstractApplicationBuilder<T> builder, HttpClient signInHttp)
        where T : BaseAbstractApplicationBuilder<T> =>
        builder.WithHttpClientFactory(new MsalHttpClientFactory(signInHttp))
            .WithLogging(MsalLogBridge.Write, LogLevel.Info, enablePiiLogging: false, enableDefaultPlatformLogging: false);
}
