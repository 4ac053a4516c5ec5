using System;
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

    private static string Origin(Uri baseUri) => baseUri.GetLeftPart(UriPartial.Authority);
}
