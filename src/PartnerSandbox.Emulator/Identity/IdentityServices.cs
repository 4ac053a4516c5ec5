using System;
using Microsoft.Extensions.DependencyInjection;
using PartnerSandbox.Emulator.Hosting;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>Registers the identity side: signing, the token endpoint and its grants, and the stores behind them.</summary>
internal static class IdentityServices
{
    public static void Add(IServiceCollection services, EmulatorOptions options, TimeProvider clock)
    {
        services.AddSingleton<SigningKey>();
        services.AddSingleton(provider => new TokenIssuer(
            provider.GetRequiredService<SigningKey>(),
            clock,
            provider.GetRequiredService<EmulatorOrigin>(),
            options.TokenLifetime));
        services.AddSingleton<AccessTokenValidator>();
        services.AddSingleton(new IdentitySettings(options.DeviceCodeApprovalDelay));
        services.AddSingleton<RefreshTokenStore>();
        services.AddSingleton<DeviceCodeStore>();
        services.AddSingleton<ClientAssertionValidator>();
        services.AddSingleton<ClientAuthenticator>();
        services.AddSingleton<UserSignInResponse>();
        services.AddSingleton<ITokenGrant, ClientCredentialsGrant>();
        services.AddSingleton<ITokenGrant, RefreshTokenGrant>();
        services.AddSingleton<ITokenGrant, DeviceCodeGrant>();
        services.AddSingleton<TokenEndpoint>();
        services.AddSingleton<DeviceCodeEndpoint>();
        services.AddSingleton<DiscoveryEndpoints>();
    }
}
