using System;
using System.Collections.Generic;
using System.Linq;
using PartnerSandbox.Emulator.Seeding;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Hosting;

/// <summary>
/// The lines the program prints on start. Scripts and tests parse the first one with
/// <c>listening on (https://\S+)</c>, so its wording is a contract.
/// </summary>
internal static class StartupBanner
{
    public static string ListeningLine(Uri baseUri) => $"PartnerSandbox emulator listening on {Origin(baseUri)}";

    /// <summary>A ready-to-paste connect command for the first seeded app with a client secret, if there is one.</summary>
    public static string? ConnectLine(Uri baseUri, EmulatorState state)
    {
        var first = state.Partners
            .SelectMany(partner => partner.Applications.Select(app => (partner, app)))
            .FirstOrDefault(candidate => candidate.app.ClientSecret is not null);
        if (first is not (var partner, { ClientSecret: { } secret } app))
        {
            return null;
        }

        // Seeded secrets are throw-away test values; printing this one is the point of the line. Only a sandbox
        // partner's line declares it one: a production partner is there to show that the module refuses to change it.
        var quotedSecret = secret.Replace("'", "''", StringComparison.Ordinal);
        var sandbox = partner.Kind == PartnerKind.Sandbox ? " -IntegrationSandbox" : string.Empty;
        return $"Connect-PCSandbox -Endpoint {Origin(baseUri)} -TenantId {partner.TenantId} -ClientId {app.ClientId} "
            + $"-ClientSecret (ConvertTo-SecureString '{quotedSecret}' -AsPlainText -Force) -SkipCertificateCheck{sandbox}";
    }

    /// <summary>
    /// Started with no data (no seed, no generator, no state), nothing can sign in: say how to get some, instead
    /// of leaving a bare URL. Null when there are partners.
    /// </summary>
    public static string? NoDataLine(EmulatorState state) =>
        state.Partners.Count > 0
            ? null
            : $"No partners loaded, so nothing can sign in: start it with --seed <name> (built in: {string.Join(", ", BuiltInSeeds.Names)}), "
                + "--seed <file> or --generate <partners>x<customers>x<orders>; --help tells more.";

    /// <summary>
    /// For the first seeded managed identity that one of its partner's apps trusts (user-assigned ones first: those are
    /// the ones Entra lets an app trust), what a runbook host would set in the environment, and the connect command for
    /// it; ready to paste. The identity header is the emulator's throw-away value, printed here on purpose; tokens never are.
    /// </summary>
    public static IReadOnlyList<string> ManagedIdentityLines(EmulatorServer server)
    {
        var federated = server.State.Partners
            .SelectMany(partner => partner.ManagedIdentities
                .OrderBy(identity => identity.Kind != ManagedIdentityKind.UserAssigned)
                .SelectMany(identity => partner.Applications.Where(app => Trusts(app, identity)).Select(app => (partner, identity, app))))
            .FirstOrDefault();
        if (federated is not ({ } partner, { } identity, { } application))
        {
            return [];
        }

        var userAssigned = identity.Kind == ManagedIdentityKind.UserAssigned ? $" -IdentityClientId {identity.ClientId}" : string.Empty;
        var sandbox = partner.Kind == PartnerKind.Sandbox ? " -IntegrationSandbox" : string.Empty;
        return
        [
            $"$env:IDENTITY_ENDPOINT = '{server.ManagedIdentityEndpoint(partner.TenantId)}'",
            $"$env:IDENTITY_HEADER = '{server.ManagedIdentityHeader}'",
            $"Connect-PCSandbox -Identity{userAssigned} -Endpoint {Origin(server.BaseUri)} -TenantId {partner.TenantId} -ClientId {application.ClientId} -SkipCertificateCheck{sandbox}",
        ];
    }

    /// <summary>A seeded credential without an issuer trusts the partner tenant's own, the one its managed identities' tokens carry.</summary>
    private static bool Trusts(PartnerApplication application, ManagedIdentity identity) =>
        application.FederatedCredentials.Any(credential =>
            credential.Issuer is null
            && credential.Subject == identity.PrincipalId.ToString()
            && credential.Audiences.Contains(FederatedIdentityCredential.TokenExchangeAudience));

    private static string Origin(Uri baseUri) => baseUri.GetLeftPart(UriPartial.Authority);
}
