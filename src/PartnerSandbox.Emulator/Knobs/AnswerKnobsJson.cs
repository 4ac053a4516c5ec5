using System;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnerSandbox.Emulator.Knobs;

/// <summary>
/// The knobs that choose among the service's known answers, as <c>/_emulator/knobs</c> shows and takes them:
/// <c>"refreshTokenReuse": "allow"|"reject"</c>, <c>"mfaErrorCode": 900421|10001</c>,
/// <c>"subscriptionStatusError": {"code": 800096, "status": 400}</c>. Left-out parts stay as they are.
/// </summary>
internal static class AnswerKnobsJson
{
    public static void AddTo(JsonObject json, KnobSettings knobs)
    {
        json["refreshTokenReuse"] = knobs.RefreshTokenReuse.ToString().ToLowerInvariant();
        json["mfaErrorCode"] = knobs.MfaErrorCode;
        json["subscriptionStatusError"] = new JsonObject
        {
            ["code"] = knobs.SubscriptionStatusError.Code,
            ["status"] = knobs.SubscriptionStatusError.Status,
        };
    }

    /// <param name="merged">The other knobs, already merged; these are taken from <paramref name="body"/> or <paramref name="current"/>.</param>
    /// <exception cref="FormatException">A value is not one these knobs take.</exception>
    public static KnobSettings Merge(JsonElement body, KnobSettings current, KnobSettings merged) => merged with
    {
        RefreshTokenReuse = !body.TryGetProperty("refreshTokenReuse", out var reuse) ? current.RefreshTokenReuse
            : TryParseReuse(reuse.ValueKind == JsonValueKind.String ? reuse.GetString() : null, out var parsed) ? parsed
            : throw new FormatException($"'refreshTokenReuse' must be \"allow\" or \"reject\", got {reuse.GetRawText()}."),
        MfaErrorCode = !body.TryGetProperty("mfaErrorCode", out var mfa) ? current.MfaErrorCode
            : mfa.ValueKind == JsonValueKind.Number && mfa.TryGetInt64(out var code) && MfaErrorCodes.IsKnown(code) ? code
            : throw new FormatException($"'mfaErrorCode' must be {MfaErrorCodes.Contract} or {MfaErrorCodes.Reported}, got {mfa.GetRawText()}."),
        SubscriptionStatusError = !body.TryGetProperty("subscriptionStatusError", out var error) ? current.SubscriptionStatusError
            : ReadStatusError(error, current.SubscriptionStatusError),
    };

    /// <summary>The command line's spelling too: <c>allow</c> or <c>reject</c>, in any case.</summary>
    public static bool TryParseReuse(string? text, out RefreshTokenReuse reuse) =>
        Enum.TryParse(text, ignoreCase: true, out reuse) && Enum.IsDefined(reuse) && !int.TryParse(text, out _);

    private static SubscriptionStatusErrorSettings ReadStatusError(JsonElement section, SubscriptionStatusErrorSettings current)
    {
        if (section.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("'subscriptionStatusError' must be an object.");
        }

        var read = current with
        {
            Code = !section.TryGetProperty("code", out var code) ? current.Code
                : code.ValueKind == JsonValueKind.Number && code.TryGetInt64(out var value) ? value
                : throw new FormatException($"'subscriptionStatusError.code' must be a whole number, got {code.GetRawText()}."),
            Status = !section.TryGetProperty("status", out var status) ? current.Status
                : status.ValueKind == JsonValueKind.Number && status.TryGetInt32(out var number) ? number
                : throw new FormatException($"'subscriptionStatusError.status' must be a whole number, got {status.GetRawText()}."),
        };
        return read.IsValid ? read : throw new FormatException("'subscriptionStatusError' needs a code of at least 1 and a status from 400 to 599.");
    }
}
