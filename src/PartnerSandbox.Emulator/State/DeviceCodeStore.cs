using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Threading;

namespace PartnerSandbox.Emulator.State;

/// <summary>
/// Pending device-code sign-ins (RFC 8628), found by the device code the client polls with (only its
/// hash is kept) or by the user code a person would type in. Lifetimes follow the virtual clock.
/// </summary>
internal sealed class DeviceCodeStore(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    // Entra's user codes: nine characters, without the letters and digits people confuse (0/O, 1/I/L).
    private const string UserCodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int UserCodeLength = 9;

    private readonly Lock gate = new();
    private readonly Dictionary<string, DeviceAuthorization> byDeviceCodeHash = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DeviceAuthorization> byUserCode = new(StringComparer.OrdinalIgnoreCase);

    /// <returns>The new authorization and its device code, which is given out once and not kept.</returns>
    public (DeviceAuthorization Authorization, string DeviceCode) Create(Guid tenantId, Guid clientId, string resource)
    {
        var deviceCode = OpaqueCredential.Create(48);
        lock (gate)
        {
            string userCode;
            do
            {
                userCode = RandomNumberGenerator.GetString(UserCodeAlphabet, UserCodeLength);
            }
            while (byUserCode.ContainsKey(userCode));

            var now = clock.GetUtcNow();
            var authorization = new DeviceAuthorization(tenantId, clientId, resource, userCode, now, now + Lifetime);
            byDeviceCodeHash[OpaqueCredential.Hash(deviceCode)] = authorization;
            byUserCode[userCode] = authorization;
            return (authorization, deviceCode);
        }
    }

    public DeviceAuthorization? FindByDeviceCode(string deviceCode)
    {
        lock (gate)
        {
            return byDeviceCodeHash.GetValueOrDefault(OpaqueCredential.Hash(deviceCode));
        }
    }

    public DeviceAuthorization? FindByUserCode(string userCode)
    {
        lock (gate)
        {
            return byUserCode.GetValueOrDefault(userCode.Replace("-", string.Empty, StringComparison.Ordinal));
        }
    }

}
