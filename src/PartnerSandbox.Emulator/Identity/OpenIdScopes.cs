using System;
using System.Linq;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>The OpenID Connect scopes MSAL adds to requests; they name no resource.</summary>
internal static class OpenIdScopes
{
    private static readonly string[] Reserved = ["openid", "profile", "offline_access"];

    /// <summary>The scopes of a request that name a resource, in order.</summary>
    public static string[] ResourceScopes(string scope) =>
        scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Except(Reserved, StringComparer.OrdinalIgnoreCase).ToArray();
}
