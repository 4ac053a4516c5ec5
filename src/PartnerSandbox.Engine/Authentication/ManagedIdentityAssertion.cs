using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>
/// The managed identity's token for the token exchange (api://AzureADTokenExchange in the global cloud), through MSAL's own managed-identity support, which
/// finds the source as the host sets it up (IDENTITY_ENDPOINT and IDENTITY_HEADER on Azure Automation and App Service,
/// IMDS on an Azure VM, ...). A fresh one each time: MSAL keeps managed-identity tokens in one cache for the whole
/// process (every job and connection in it), and an assertion is asked for only when MSAL goes to the token endpoint,
/// about once an access token's lifetime; so this costs one local request then, and never presents a token that
/// another connection left in that cache, or one near its end.
/// </summary>
internal sealed class ManagedIdentityAssertion : ClientAssertionSource
{
    private readonly IManagedIdentityApplication application;
    private readonly string audience;
    private readonly string identity;

    /// <param name="userAssignedClientId">The client id of a user-assigned identity; null for the host's system-assigned one.</param>
    /// <param name="audience">The token exchange's audience in the connection's cloud (<see cref="TokenExchangeAudience.For"/>).</param>
    public ManagedIdentityAssertion(string? userAssignedClientId, string audience, HttpClient signInHttp)
    {
        application = MsalApplications.ManagedIdentity(userAssignedClientId, signInHttp);
        this.audience = audience;
        identity = userAssignedClientId is null
            ? EngineMessages.SystemAssignedIdentity
            : string.Format(CultureInfo.InvariantCulture, EngineMessages.UserAssignedIdentity, userAssignedClientId);
    }

    public override string Kind => "ManagedIdentity";

    public override async Task<string> GetAssertionAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await application.AcquireTokenForManagedIdentity(audience).WithForceRefresh(true).ExecuteAsync(cancellationToken)
                .ConfigureAwait(false);
            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            throw SignInFailures.ManagedIdentityUnavailable(ex, identity, audience);
        }
        catch (HttpRequestException ex)
        {
            throw SignInFailures.ManagedIdentityUnavailable(ex, identity, audience);
        }
    }
}
