using Microsoft.Identity.Client;
using PartnerSandbox.Engine.Connections;

namespace PartnerSandbox.Engine.Authentication
{
    /// <summary>Points an MSAL application at the connection's authority, for every sign-in mode alike.</summary>
    internal static class MsalAuthority
    {
        public static T Apply<T>(AbstractApplicationBuilder<T> builder, ConnectionSettings settings)
            where T : AbstractApplicationBuilder<T>
        {
            builder.WithAuthority(settings.Authority.ToString());
            if (settings.IsCustomAuthority)
            {
                // A custom cloud (the emulator): MSAL must not ask login.microsoftonline.com whether this host is an Entra
                // instance; the host itself is the authority.
                builder.WithInstanceDiscovery(false);
            }

            return (T)builder;
        }
    }
}
