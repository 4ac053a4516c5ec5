using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace PartnerSandbox.Emulator.State;

/// <summary>
/// A federated identity credential of an app registration (Microsoft Graph's federatedIdentityCredential): the app
/// accepts, as its client assertion, a token from <see cref="Issuer"/> about <see cref="Subject"/> for one of
/// <see cref="Audiences"/>. Issuer, subject and audience are compared exactly, as Entra compares them.
/// </summary>
/// <param name="Issuer">The trusted issuer; null for the partner tenant's own issuer at this emulator, the one its managed identities' tokens carry.</param>
public sealed record FederatedIdentityCredential(string Name, string? Issuer, string Subject, IReadOnlyList<string> Audiences)
{
    /// <summary>What Entra expects in the <c>aud</c> of a token exchanged for an access token.</summary>
    public const string TokenExchangeAudience = "api://AzureADTokenExchange";

    public bool AcceptsAudience(IEnumerable<string> audiences) => audiences.Any(audience => Audiences.Contains(audience, StringComparer.Ordinal));

    /// <summary>Checks what Entra checks when a credential is added: a name, an https issuer, a subject, exactly one audience (default api://AzureADTokenExchange).</summary>
    internal static bool TryCreate(
        string? name,
        string? issuer,
        string? subject,
        IReadOnlyList<string>? audiences,
        [NotNullWhen(true)] out FederatedIdentityCredential? credential,
        [NotNullWhen(false)] out string? problem)
    {
        credential = null;
        audiences ??= [TokenExchangeAudience];
        problem = (name, issuer, subject) switch
        {
            (null or "", _, _) => "'name' is missing or empty.",
            (_, not null, _) when !(Uri.TryCreate(issuer, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps) =>
                $"'issuer' must be an absolute https URL, got '{issuer}'; leave it out for the partner tenant's own issuer (managed identities).",
            (_, _, null or "") => "'subject' is missing or empty.",
            _ when audiences.Count != 1 || string.IsNullOrWhiteSpace(audiences[0]) =>
                $"'audiences' must hold exactly one audience, as Entra requires; usually '{TokenExchangeAudience}'.",
            _ => null,
        };
        if (problem is not null)
        {
            return false;
        }

        credential = new FederatedIdentityCredential(name!, issuer, subject!, audiences);
        return true;
    }
}
