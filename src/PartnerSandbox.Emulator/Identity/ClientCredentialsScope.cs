using System;
using System.Linq;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>Reads the resource out of a client-credentials scope such as <c>https://api.partnercenter.microsoft.com/.default</c>.</summary>
internal static class ClientCredentialsScope
{
    private const string DefaultSuffix = "/.default";

    // MSAL may add these OpenID Connect scopes to any request; they name no resource.
    private static readonly string[] OpenIdScopes = ["openid", "profile", "offline_access"];

    public static bool TryGetResource(string scope, out string resource, out AadError? error)
    {
        var requested = scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Except(OpenIdScopes).ToArray();
        resource = string.Empty;
        if (requested.Length != 1 || !requested[0].EndsWith(DefaultSuffix, StringComparison.Ordinal))
        {
            error = requested.Length == 1 ? AadErrors.ScopeWithoutDefaultSuffix(scope) : AadErrors.InvalidScope(scope);
            return false;
        }

        resource = requested[0][..^DefaultSuffix.Length];
        error = Uri.TryCreate(resource, UriKind.Absolute, out _) ? null : AadErrors.InvalidScope(scope);
        return error is null;
    }
}
