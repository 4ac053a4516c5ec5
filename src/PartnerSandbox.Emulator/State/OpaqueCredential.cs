using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace PartnerSandbox.Emulator.State;

/// <summary>
/// Opaque credentials the emulator hands out (refresh tokens, device codes): random, and kept only as a hash, so the
/// state (and a saved state file) never holds one that could be replayed.
/// </summary>
internal static class OpaqueCredential
{
    public static string Create(int randomBytes) => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(randomBytes));

    public static string Hash(string credential) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(credential)));
}
