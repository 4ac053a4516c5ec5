using System;
using System.Globalization;
using System.Security;
using PartnerSandbox.Engine.Connections;
using PartnerSandbox.Errors;

namespace PartnerSandbox.Commands;

/// <summary>The checks of Connect-PCSandbox's arguments before anything is sent, and which parameter the engine's own checks are about.</summary>
public sealed partial class ConnectPCSandboxCommand
{
    /// <summary>The parameter that gives a setting the engine found unusable.</summary>
    private static string ParameterOf(ConnectionSetting setting) => setting switch
    {
        ConnectionSetting.Tenant => nameof(TenantId),
        ConnectionSetting.Environment => nameof(Environment),
        ConnectionSetting.Endpoint => nameof(Endpoint),
        ConnectionSetting.AuthorityHost => nameof(AuthorityHost),
        ConnectionSetting.SkipCertificateCheck => nameof(SkipCertificateCheck),
        ConnectionSetting.FederatedToken => nameof(FederatedToken),
        ConnectionSetting.IdentityClientId => nameof(IdentityClientId),
        _ => throw new ArgumentOutOfRangeException(nameof(setting), setting, null),
    };

    /// <summary>An empty secret cannot sign in: say so here, before anything is sent.</summary>
    private static void RequireSecret(SecureString? secret, string parameterName)
    {
        if (secret is not null && secret.Length == 0)
        {
            throw new ParameterValueException(parameterName, string.Format(CultureInfo.InvariantCulture, Messages.EmptySecret, parameterName));
        }
    }

    private string CredentialClientId() =>
        string.IsNullOrWhiteSpace(Credential!.UserName)
            ? throw new ParameterValueException(nameof(Credential), Messages.CredentialWithoutClientId)
            : Credential.UserName;
}
