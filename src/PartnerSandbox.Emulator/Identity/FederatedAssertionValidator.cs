using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PartnerSandbox.Emulator.Hosting;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>
/// Checks a client assertion that another issuer made (a managed identity's token, a CI job's OIDC token) against the
/// app's federated identity credentials, as Entra checks it: a credential with the token's issuer, then its subject,
/// then its audience; only then the signature, with the keys the issuer publishes (so no untrusted issuer is ever
/// fetched); then the lifetime. Each mismatch gets Entra's own error. The lifetime is read by the clock of whoever made
/// the token: the virtual clock for this emulator's own managed-identity tokens, the real clock for any other issuer
/// (which signs with its own clock, as clients sign certificate assertions).
/// </summary>
internal sealed class FederatedAssertionValidator(EmulatorOrigin origin, IssuerSigningKeys issuerKeys, TimeProvider clock)
{
    /// <summary>Entra allows five minutes between the issuer's clock and its own.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly JsonWebTokenHandler handler = new();

    /// <summary>An assertion is federated when another issuer made it; the app's own (certificate) assertions have <c>iss</c> = its client id.</summary>
    public bool IsFederated(string assertion, PartnerApplication application) =>
        handler.CanReadToken(assertion)
        && handler.ReadJsonWebToken(assertion).Issuer is { Length: > 0 } issuer
        && issuer != application.ClientId.ToString();

    /// <returns>Null when the assertion proves the client's identity.</returns>
    public async Task<AadError?> ValidateAsync(string assertion, Guid tenantId, PartnerApplication application)
    {
        var jwt = handler.ReadJsonWebToken(assertion);
        var ownIssuer = origin.Issuer(tenantId);
        var subject = jwt.Subject ?? string.Empty;
        var audiences = jwt.Audiences.ToArray();
        if (application.FederatedCredentials.Count == 0)
        {
            return AadErrors.NoMatchingFederatedCredential(jwt.Issuer, subject, string.Join(", ", audiences));
        }

        var sameIssuer = application.FederatedCredentials.Where(credential => (credential.Issuer ?? ownIssuer) == jwt.Issuer).ToList();
        if (sameIssuer.Count == 0)
        {
            return AadErrors.FederatedIssuerNotMatched(jwt.Issuer);
        }

        var sameSubject = sameIssuer.Where(credential => credential.Subject == subject).ToList();
        if (sameSubject.Count == 0)
        {
            return AadErrors.FederatedSubjectNotMatched(subject);
        }

        if (!sameSubject.Exists(credential => credential.AcceptsAudience(audiences)))
        {
            return AadErrors.FederatedAudienceNotMatched(string.Join(", ", audiences));
        }

        return await CheckSignatureAsync(jwt).ConfigureAwait(false)
            ?? CheckLifetime(jwt, jwt.Issuer == ownIssuer ? clock.GetUtcNow() : DateTimeOffset.UtcNow);
    }

    private async Task<AadError?> CheckSignatureAsync(JsonWebToken jwt)
    {
        var keyId = string.IsNullOrEmpty(jwt.Kid) ? null : jwt.Kid;
        var (keys, problem) = await issuerKeys.GetAsync(jwt.Issuer, keyId).ConfigureAwait(false);
        if (keys is null)
        {
            return AadErrors.ExternalOidcEndpointFailed(problem!);
        }

        // Without a kid header any of the issuer's keys may have signed it.
        var candidates = keys.Where(key => keyId is null || key.KeyId == keyId).ToArray();
        if (candidates.Length == 0)
        {
            return AadErrors.FederatedSigningKeyNotFound(keyId ?? "(none)", jwt.Issuer);
        }

        var result = await handler.ValidateTokenAsync(jwt, new TokenValidationParameters
        {
            IssuerSigningKeys = candidates,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256],
            // Issuer and audience were matched against the credentials above; the lifetime is read by the issuer's clock below.
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
        }).ConfigureAwait(false);
        return result.IsValid ? null : AadErrors.FederatedSignatureInvalid();
    }

    private static AadError? CheckLifetime(JsonWebToken jwt, DateTimeOffset now)
    {
        if (jwt.ValidTo == DateTime.MinValue)
        {
            return AadErrors.MalformedClientAssertion("the assertion has no 'exp' claim.");
        }

        var hasNotBefore = jwt.ValidFrom != DateTime.MinValue;
        var notBefore = new DateTimeOffset(hasNotBefore ? jwt.ValidFrom : jwt.ValidTo, TimeSpan.Zero);
        var expires = new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero);
        var outside = (hasNotBefore && now < notBefore - ClockSkew) || now > expires + ClockSkew;
        return outside
            ? AadErrors.ClientAssertionOutsideValidTime(string.Create(
                CultureInfo.InvariantCulture,
                $"Current time: {now.UtcDateTime:u}, assertion valid from {(hasNotBefore ? notBefore.UtcDateTime.ToString("u", CultureInfo.InvariantCulture) : "(no nbf)")}, expiry time of assertion {expires.UtcDateTime:u}."))
            : null;
    }
}
