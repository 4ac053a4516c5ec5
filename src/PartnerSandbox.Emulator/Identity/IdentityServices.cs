using System;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using PartnerSandbox.Emulator.Hosting;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>Registers the identity side: signing, the token endpoint and its grants, the managed-identity endpoint, and the stores behind them.</summary>
internal static class IdentityServices
{
    /// <param name="certificate">The emulator's own HTTPS certificate, which the issuer-key fetcher trusts when an issuer is the emulator itself.</param>
    public static void Add(IServiceCollection services, EmulatorOptions options, TimeProvider clock, X509Certificate2 certificate)
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
        services.AddSingleton(new IssuerSigningKeys(certificate));
        services.AddSingleton<FederatedAssertionValidator>();
        services.AddSingleton<ManagedIdentityHost>();
        services.AddSingleton<ManagedIdentityEndpoint>();
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
