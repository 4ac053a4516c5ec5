using System;
using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PartnerSandbox.Emulator.Api;

/// <summary>Where the next page of a customer listing starts, and what listing it belongs to.</summary>
/// <param name="CustomersVersion">The partner's customer list version when the token was given; a change makes the token stale.</param>
/// <param name="FilterKey">The listing's filter (empty: none); a next page must ask for the same.</param>
internal readonly record struct CustomerPageCursor(Guid PartnerTenantId, int CustomersVersion, int Offset, string FilterKey);

/// <summary>
/// The opaque <c>MS-ContinuationToken</c> of customer paging: the cursor, signed with a key made at
/// every start, so that a forged or edited token, or one from an earlier run, is recognised and refused.
/// </summary>
internal static class ContinuationToken
{
    private const int SignatureLength = 16;

    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    public static string Create(CustomerPageCursor cursor)
    {
        var payload = Encoding.UTF8.GetBytes(FormattableString.Invariant(
            $"{cursor.PartnerTenantId:N}|{cursor.CustomersVersion}|{cursor.Offset}|{cursor.FilterKey}"));
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(Sign(payload))}";
    }

    /// <returns>False for anything this emulator run did not issue.</returns>
    public static bool TryRead(string? token, out CustomerPageCursor cursor)
    {
        cursor = default;
        var parts = token?.Split('.');
        if (parts is not [var payloadText, var signatureText] || !Base64Url.IsValid(payloadText) || !Base64Url.IsValid(signatureText))
        {
            return false;
        }

        var payload = Base64Url.DecodeFromChars(payloadText);
        if (!CryptographicOperations.FixedTimeEquals(Sign(payload), Base64Url.DecodeFromChars(signatureText)))
        {
            return false;
        }

        var fields = Encoding.UTF8.GetString(payload).Split('|', 4);
        if (fields.Length != 4
            || !Guid.TryParseExact(fields[0], "N", out var partner)
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            return false;
        }

        cursor = new CustomerPageCursor(partner, version, offset, fields[3]);
        return true;
    }

    private static byte[] Sign(byte[] payload) => HMACSHA256.HashData(Key, payload).AsSpan(0, SignatureLength).ToArray();
}
