using System.Threading.Tasks;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>
/// Proves that a token request comes from the app it names: by a client assertion (the app's own, for a
/// certificate credential, or another issuer's, for a federated identity credential) or a client secret;
/// a public client may send neither where the grant allows it.
/// </summary>
internal sealed class ClientAuthenticator(ClientAssertionValidator assertions, FederatedAssertionValidator federatedAssertions)
{
    /// <param name="whenMissing">The error when no credential is sent and none may be omitted; Entra's differs by grant.</param>
    /// <param name="publicClientMayOmit">Whether a public client (allowPublicClient) may send no credential.</param>
    /// <returns>Null when the client is authenticated.</returns>
    public async Task<AadError?> AuthenticateAsync(TokenRequest request, AadError whenMissing, bool publicClientMayOmit)
    {
        var application = request.Application;
        var assertionType = request.Parameter("client_assertion_type");
        var assertion = request.Parameter("client_assertion");
        if (assertionType is not null || assertion is not null)
        {
            if (assertionType != ClientAssertionValidator.JwtBearerAssertionType)
            {
                return assertionType is null
                    ? AadErrors.MissingParameter("client_assertion_type")
                    : AadErrors.UnsupportedClientAssertionType(assertionType);
            }

            if (assertion is null)
            {
                return AadErrors.MissingParameter("client_assertion");
            }

            return federatedAssertions.IsFederated(assertion, application)
                ? await federatedAssertions.ValidateAsync(assertion, request.Partner.TenantId, application).ConfigureAwait(false)
                : await assertions.ValidateAsync(assertion, request.Partner.TenantId, application).ConfigureAwait(false);
        }

        if (request.Parameter("client_secret") is { } secret)
        {
            return application.SecretMatches(secret) ? null : AadErrors.InvalidClientSecret(application.ClientId.ToString());
        }

        return publicClientMayOmit && application.AllowPublicClient ? null : whenMissing;
    }
}
