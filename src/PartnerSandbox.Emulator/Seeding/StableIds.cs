using System;
using System.Security.Cryptography;
using System.Text;

namespace PartnerSandbox.Emulator.Seeding;

/// <summary>
/// Ids the seed leaves out are derived from what it does say, so that every load (and every
/// reset) of the same seed gives the same alternate ids, subscription ids and commerce ids.
/// </summary>
internal static class StableIds
{
    public static string Hex(string source, int length) =>
        Convert.ToHexStringLower(Hash(source))[..length];

    public static Guid Guid(string source) => new(Hash(source).AsSpan(0, 16));

    private static byte[] Hash(string source) => SHA256.HashData(Encoding.UTF8.GetBytes(source));
}
