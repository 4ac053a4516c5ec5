using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.Tokens;

namespace PartnerSandbox.Emulator.Admin;

/// <summary>
/// OIDC issuers that tests bring (standing in for a CI system such as GitHub Actions): the test keeps the private key
/// and signs its own tokens; the emulator publishes the issuer's discovery document and public keys under
/// <c>/_emulator/issuers/{name}</c>, where the federated-credential check fetches them like any issuer's. Kept across
/// resets; registering a name again replaces its keys (a key rotation).
/// </summary>
internal sealed partial class TestIssuers
{
    private readonly ConcurrentDictionary<string, string> keySets = new(StringComparer.Ordinal);

    /// <summary>The public key set of an issuer, as JSON; null when no issuer has that name.</summary>
    public string? KeySet(string name) => keySets.GetValueOrDefault(name);

    /// <returns>False, with the problem, when the name is not URL-safe or the keys are not a JWKS of public signing keys.</returns>
    public bool TryRegister(string? name, JsonElement? keys, [NotNullWhen(false)] out string? problem)
    {
        if (name is null || !SafeName().IsMatch(name))
        {
            problem = $"'name' must be 1-64 letters, digits, '-' or '_', got '{name}'.";
            return false;
        }

        if (keys is not { ValueKind: JsonValueKind.Object } keySet)
        {
            problem = "'keys' must be a JSON Web Key Set: {\"keys\": [{\"kty\": \"RSA\", \"kid\": ..., \"n\": ..., \"e\": ...}]}.";
            return false;
        }

        var json = keySet.GetRawText();
        try
        {
            var parsed = new JsonWebKeySet(json);
            problem = parsed.Keys.Count == 0 ? "'keys' holds no key."
                // A private exponent (RSA, EC) or a symmetric secret: neither belongs in a published key set.
                : parsed.Keys.Any(key => !string.IsNullOrEmpty(key.D) || !string.IsNullOrEmpty(key.K)) ? "'keys' holds a private key; an issuer publishes its public keys only."
                : null;
        }
        catch (ArgumentException e)
        {
            problem = $"'keys' is not a JSON Web Key Set: {e.Message}";
        }

        if (problem is null)
        {
            keySets[name] = json;
        }

        return problem is null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeName();
}
