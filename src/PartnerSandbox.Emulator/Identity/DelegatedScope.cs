using System;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>
/// Reads the resource out of an App+User scope such as
/// <c>https://api.partnercenter.microsoft.com/user_impersonation offline_access openid profile</c>
/// (or the resource's <c>/.default</c>). The only delegated permission there is is user_impersonation.
/// </summary>
internal static class DelegatedScope
{
    public const string UserImpersonation = "user_impersonation";

    private const string UserImpersonationSuffix = "/" + UserImpersonation;

    /// <returns>The resource (e.g. <c>https://api.partnercenter.microsoft.com</c>), or null when the scope names no single resource.</returns>
    public static string? ResourceOf(string scope)
    {
        var requested = OpenIdScopes.ResourceScopes(scope);
        if (requested.Length != 1)
        {
            return null;
        }

        var resource = requested[0] switch
        {
            var named when named.EndsWith(UserImpersonationSuffix, StringComparison.Ordinal) => named[..^UserImpersonationSuffix.Length],
            var named when named.EndsWith(ClientCredentialsScope.DefaultSuffix, StringComparison.Ordinal) => named[..^ClientCredentialsScope.DefaultSuffix.Length],
            _ => null,
        };
        return Uri.TryCreate(resource, UriKind.Absolute, out _) ? resource : null;
    }

    /// <summary>The scope granted for a resource, as the token response and the <c>scp</c> claim name it.</summary>
    public static string Granted(string resource) => resource + UserImpersonationSuffix;
}
