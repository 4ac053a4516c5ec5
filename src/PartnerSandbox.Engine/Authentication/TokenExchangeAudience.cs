using PartnerSandbox.Engine.Connections;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>
/// The audience a federated token is requested for, which the app registration's federated credential names: one per
/// Entra cloud, as Entra documents them. A custom cloud (the emulator) uses the global one.
/// </summary>
internal static class TokenExchangeAudience
{
    public const string Global = "api://AzureADTokenExchange";

    public static string For(ConnectionSettings settings) => settings.EnvironmentName switch
    {
        "China" => "api://AzureADTokenExchangeChina",
        "USGov" => "api://AzureADTokenExchangeUSGov",
        _ => Global,
    };
}
