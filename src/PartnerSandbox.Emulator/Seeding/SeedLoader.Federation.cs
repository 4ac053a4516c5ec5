using System;
using System.Collections.Generic;
using System.Linq;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Seeding;

/// <summary>The secretless part of a seed: a partner's managed identities and its apps' federated identity credentials.</summary>
internal static partial class SeedLoader
{
    private sealed partial class SeedConverter
    {
        /// <summary>Ids left out derive from tenant and name, the same at every load; a host has one system-assigned identity at most.</summary>
        private List<ManagedIdentity> ToManagedIdentities(IReadOnlyList<SeedManagedIdentity> seeds, Guid tenantId, string at)
        {
            var identities = new List<ManagedIdentity>();
            foreach (var (seed, index) in seeds.Indexed())
            {
                var where = $"{at}.managedIdentities[{index}]";
                var name = RequireText(seed.Name, where, "name");
                var kind = seed.Type ?? throw Problem(where, "'type' is missing; give 'systemAssigned' or 'userAssigned'.");
                var identity = new ManagedIdentity(
                    name,
                    kind,
                    seed.ClientId is null ? StableIds.Guid($"managed-identity-client:{tenantId}:{name}") : RequireGuid(seed.ClientId, where, "clientId"),
                    seed.PrincipalId is null ? StableIds.Guid($"managed-identity-principal:{tenantId}:{name}") : RequireGuid(seed.PrincipalId, where, "principalId"));
                if (identities.Exists(known => known.Name == identity.Name || known.ClientId == identity.ClientId || known.PrincipalId == identity.PrincipalId))
                {
                    throw Problem(where, $"managed identity '{name}' (or its client or principal id) is listed twice in this partner.");
                }

                if (kind == ManagedIdentityKind.SystemAssigned && identities.Exists(known => known.Kind == ManagedIdentityKind.SystemAssigned))
                {
                    throw Problem(where, "a runbook host has one system-assigned identity at most; make the others 'userAssigned'.");
                }

                identities.Add(identity);
            }

            return identities;
        }

        /// <summary>As Entra requires (see <see cref="FederatedIdentityCredential.TryCreate"/>), with names unique in the app.</summary>
        private List<FederatedIdentityCredential> ToFederatedCredentials(IReadOnlyList<SeedFederatedCredential> seeds, string at)
        {
            var credentials = new List<FederatedIdentityCredential>();
            foreach (var (seed, index) in seeds.Indexed())
            {
                var where = $"{at}.federatedCredentials[{index}]";
                if (!FederatedIdentityCredential.TryCreate(seed.Name, seed.Issuer, seed.Subject, seed.Audiences, out var credential, out var problem))
                {
                    throw Problem(where, problem);
                }

                if (credentials.Exists(known => known.Name == credential.Name))
                {
                    throw Problem(where, $"the federated credential name '{credential.Name}' is used twice in this app; names are unique in an app.");
                }

                credentials.Add(credential);
            }

            return credentials;
        }
    }
}
