using System;
using System.Globalization;
using PartnerSandbox.Emulator.Knobs;

namespace PartnerSandbox.Emulator.Hosting;

/// <summary>
/// The command-line options of the answer knobs (which of the service's known answers the emulator gives), read one
/// at a time by <see cref="CommandLine"/>; each bad value is one clear error.
/// </summary>
internal sealed class AnswerCommandLine
{
    public const string HelpText =
        """
          --refresh-token-reuse <allow|reject>
                                     allow: a redeemed refresh token stays valid, as Entra's do; reject: each one is
                                     good for one redemption. Default allow.
          --mfa-error-code <900421|10001>
                                     The API's answer to an App+User token without MFA: 900421 everywhere (the
                                     contract), or 10001 on the customer listing where partners reported it. Default 900421.
          --subscription-status-error-code <code>, --subscription-status-error-status <status>
                                     The answer when a subscription cannot take the status asked for (the real one
                                     is undocumented). Default 800096, 400.
        """;

    private KnobSettings answers = KnobSettings.Default;

    /// <summary>Whether the option is one of these (all take a value).</summary>
    public static bool Takes(string option) => option is "--refresh-token-reuse" or "--mfa-error-code"
        or "--subscription-status-error-code" or "--subscription-status-error-status";

    /// <returns>Null when the value is good, else the error.</returns>
    public string? Read(string option, string value)
    {
        switch (option)
        {
            case "--refresh-token-reuse" when AnswerKnobsJson.TryParseReuse(value, out var reuse):
                answers = answers with { RefreshTokenReuse = reuse };
                return null;
            case "--refresh-token-reuse":
                return $"--refresh-token-reuse must be 'allow' or 'reject', got '{value}'.";
            case "--mfa-error-code" when long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && MfaErrorCodes.IsKnown(code):
                answers = answers with { MfaErrorCode = code };
                return null;
            case "--mfa-error-code":
                return $"--mfa-error-code must be {MfaErrorCodes.Contract} or {MfaErrorCodes.Reported}, got '{value}'.";
            case "--subscription-status-error-code" when long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var errorCode) && CancellationWindowErrorSettings.IsValidCode(errorCode):
                answers = answers with { SubscriptionStatusError = answers.SubscriptionStatusError with { Code = errorCode } };
                return null;
            case "--subscription-status-error-code":
                return $"--subscription-status-error-code must be a whole number, at least 1, got '{value}'.";
            case "--subscription-status-error-status" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var status) && CancellationWindowErrorSettings.IsValidStatus(status):
                answers = answers with { SubscriptionStatusError = answers.SubscriptionStatusError with { Status = status } };
                return null;
            case "--subscription-status-error-status":
                return $"--subscription-status-error-status must be an HTTP status from 400 to 599, got '{value}'.";
            default:
                throw new ArgumentOutOfRangeException(nameof(option), option, "Not an answer option.");
        }
    }

    /// <summary>The other knobs with these answers.</summary>
    public KnobSettings Apply(KnobSettings knobs) => knobs with
    {
        RefreshTokenReuse = answers.RefreshTokenReuse,
        MfaErrorCode = answers.MfaErrorCode,
        SubscriptionStatusError = answers.SubscriptionStatusError,
    };
}
