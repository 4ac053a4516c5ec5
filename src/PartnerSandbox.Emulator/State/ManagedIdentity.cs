using System;

namespace PartnerSandbox.Emulator.State;

/// <summary>
/// A managed identity of the partner's runbook host (an Automation account, an App Service): the host's own
/// system-assigned identity, or a user-assigned one attached to it. Its tokens come from the managed-identity
/// endpoint; an app trusts it through a federated identity credential whose subject is <see cref="PrincipalId"/>.
/// </summary>
/// <param name="ClientId">The identity's application (client) id; what <c>-IdentityClientId</c> names.</param>
/// <param name="PrincipalId">The identity's object (principal) id: the <c>sub</c> of its tokens.</param>
public sealed record ManagedIdentity(string Name, ManagedIdentityKind Kind, Guid ClientId, Guid PrincipalId);

/// <summary>Whether a managed identity belongs to the host itself or was attached to it.</summary>
public enum ManagedIdentityKind
{
    SystemAssigned,
    UserAssigned,
}
