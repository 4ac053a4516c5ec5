using System;
using System.Globalization;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Connections;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>
/// A federated token the caller was given (a CI job's OIDC token, a managed identity's token obtained elsewhere).
/// The module cannot get a new one: it signs in with it while it is valid, and once it has expired (by this machine's
/// clock, or as the sign-in service finds) it fails with an error that names the mode and says what to do.
/// </summary>
internal sealed class FederatedTokenAssertion : ClientAssertionSource
{
    /// <summary>Entra's "client assertion is not within its valid time range".</summary>
    private const string OutsideValidTime = "700024";

    private readonly string token;
    private readonly DateTimeOffset? expiresOn;
    private readonly Func<DateTimeOffset> now;

    /// <exception cref="ConnectionArgumentException">The token is not a JWT.</exception>
    public FederatedTokenAssertion(SecureString federatedToken, Func<DateTimeOffset>? clock = null)
    {
        token = SecureStrings.Reveal(federatedToken);
        if (!UnverifiedJwt.TryRead(token, out expiresOn))
        {
            throw new ConnectionArgumentException(ConnectionSetting.FederatedToken, EngineMessages.FederatedTokenNotJwt);
        }

        now = clock ?? (() => DateTimeOffset.UtcNow);
    }

    public override string Kind => "FederatedToken";

    public override Task<string> GetAssertionAsync(CancellationToken cancellationToken) =>
        expiresOn is { } expiry && now() >= expiry
            ? throw Expired(string.Format(CultureInfo.InvariantCulture, EngineMessages.FederatedTokenExpiredAt, expiry), null)
            : Task.FromResult(token);

    public override PartnerCenterException? Explain(PartnerCenterException failure) =>
        failure.HasCode(ErrorSource.EntraId, OutsideValidTime) ? Expired(EngineMessages.FederatedTokenRefusedAsExpired, failure) : null;

    private static PartnerCenterException Expired(string how, PartnerCenterException? serviceAnswer) =>
        new(
            PartnerCenterFailure.FederatedTokenExpired,
            string.Format(CultureInfo.InvariantCulture, EngineMessages.FederatedTokenExpired, how),
            statusCode: serviceAnswer?.StatusCode,
            codeSource: serviceAnswer?.CodeSource ?? ErrorSource.None,
            serviceCode: serviceAnswer?.ServiceCode,
            description: serviceAnswer?.Description,
            correlationId: serviceAnswer?.CorrelationId,
            innerException: serviceAnswer);
}
