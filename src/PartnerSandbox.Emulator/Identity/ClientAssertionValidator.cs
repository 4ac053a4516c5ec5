using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PartnerSandbox.Emulator.Hosting;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>
/// Checks a certificate credential's client assertion as Entra ID does: signed (RS256 or PS256) by a
/// certificate registered on the app and named by its <c>x5t</c> or <c>x5t#S256</c> header, for this
/// tenant's token endpoint (or issuer), issued by and about the client, with a <c>jti</c>, and within its
/// lifetime. The lifetime is checked against the real clock, not the virtual one: the client makes the
/// assertion from its own clock, and tests that move the virtual clock still sign in with fresh assertions.
/// </summary>
internal sealed class ClientAssertionValidator(EmulatorOrigin origin)
{
    public const string JwtBearerAssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    /// <summary>Entra ID allows five minutes between the client's clock and its own.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly JsonWebTokenHandler handler = new();

    /// <returns>Null when the assertion proves the client's identity.</returns>
    public async Task<AadError?> ValidateAsync(string assertion, Guid tenantId, PartnerApplication application)
    {
        if (!handler.CanReadToken(assertion))
        {
            return AadErrors.MalformedClientAssertion("the client assertion is not a JWT.");
        }

        var jwt = handler.ReadJsonWebToken(assertion);
        jwt.TryGetHeaderValue<string>("x5t", out var sha1Thumbprint);
        jwt.TryGetHeaderValue<string>("x5t#S256", out var sha256Thumbprint);
        var namedThumbprint = sha256Thumbprint ?? sha1Thumbprint ?? "(none)";
        var clientId = application.ClientId.ToString();

        // Without a thumbprint header any of the app's certificates may have signed it.
        var candidates = application.Certificates
            .Where(certificate => (sha1Thumbprint is null && sha256Thumbprint is null) || certificate.IsNamedBy(sha1Thumbprint, sha256Thumbprint))
            .Select(certificate => certificate.VerificationKey)
            .ToArray();
        if (candidates.Length == 0)
        {
            return AadErrors.ClientAssertionKeyNotFound(namedThumbprint, clientId);
        }

        var tokenEndpoint = $"{origin.Authority(tenantId)}/oauth2/v2.0/token";
        var result = await handler.ValidateTokenAsync(jwt, new TokenValidationParameters
        {
            IssuerSigningKeys = candidates,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256],
            ValidAudiences = [tokenEndpoint, origin.Issuer(tenantId)],
            ValidIssuer = clientId,
            RequireExpirationTime = true,
            ClockSkew = ClockSkew,
        }).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return Describe(result.Exception, namedThumbprint, tokenEndpoint);
        }

        if (jwt.Subject != clientId)
        {
            return AadErrors.ClientAssertionSubjectMismatch();
        }

        return string.IsNullOrEmpty(jwt.Id)
            ? AadErrors.MalformedClientAssertion("the client assertion has no 'jti' claim.")
            : null;
    }

    private static AadError Describe(Exception? failure, string thumbprint, string tokenEndpoint) => failure switch
    {
        SecurityTokenExpiredException or SecurityTokenNotYetValidException or SecurityTokenNoExpirationException or SecurityTokenInvalidLifetimeException =>
            AadErrors.ClientAssertionOutsideValidTime(failure.Message),
        SecurityTokenInvalidAudienceException => AadErrors.ClientAssertionWrongAudience(tokenEndpoint),
        SecurityTokenInvalidIssuerException => AadErrors.ClientAssertionSubjectMismatch(),
        _ => AadErrors.ClientAssertionInvalidSignature(thumbprint),
    };
}
