using System;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace PartnerSandbox.Emulator.Api;

/// <summary>
/// The opaque <c>MS-ContinuationToken</c> of customer paging: the offset of the next page, bound to
/// the partner it was given to.
/// </summary>
internal static class ContinuationToken
{
    public static string Create(Guid partnerTenantId, int offset) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(FormattableString.Invariant($"{partnerTenantId}:{offset}")));

    public static bool TryRead(string? token, Guid partnerTenantId, out int offset)
    {
        offset = 0;
        if (string.IsNullOrEmpty(token) || !Base64Url.IsValid(token))
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split(':');
        return parts.Length == 2
            && Guid.TryParse(parts[0], out var owner) && owner == partnerTenantId
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out offset);
    }
}
