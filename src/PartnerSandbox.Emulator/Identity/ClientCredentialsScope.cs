using System;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>Reads the resource out of a client-credentials scope such as <c>https://api.partnercenter.microsoft.com/.default</c>.</summary>
internal static class ClientCredentialsScope
{
    public const string DefaultSuffix = "/.default";

    public static bool TryGetResource(string scope, out string resource, out AadError? error)
    {
        var requested = OpenIdScopes.ResourceScopes(scope);
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
