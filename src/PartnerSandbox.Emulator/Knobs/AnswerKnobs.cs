namespace PartnerSandbox.Emulator.Knobs;

/// <summary>Whether a redeemed refresh token can be redeemed again.</summary>
public enum RefreshTokenReuse
{
    /// <summary>As Entra does: the old token stays valid after redemption (refresh-tokens page), so clients must not rely on it failing.</summary>
    Allow,

    /// <summary>Each refresh token is good for one redemption; a second gets <c>invalid_grant</c> (70000).</summary>
    Reject,
}

/// <summary>
/// The two answers to an App+User token without MFA: the contract's <c>900421</c> (since April 2026), and the
/// <c>10001</c> "Authentication failed. MFA required." partners reported on the customer listing.
/// </summary>
public static class MfaErrorCodes
{
    public const long Contract = 900421;
    public const long Reported = 10001;

    public static bool IsKnown(long code) => code is Contract or Reported;
}

/// <summary>
/// The answer when a subscription cannot take the status asked for: a reservation or perpetual software (cancelled by
/// order only), an Azure plan asked to be deleted rather than suspended. The docs give <c>800096</c> "Cannot update
/// the status for this subscription" but not for these cases, so status and code are a knob.
/// </summary>
public sealed record SubscriptionStatusErrorSettings(long Code = SubscriptionStatusErrorSettings.DefaultCode, int Status = SubscriptionStatusErrorSettings.DefaultStatus)
{
    public const long DefaultCode = 800096;
    public const int DefaultStatus = 400;

    public bool IsValid => CancellationWindowErrorSettings.IsValidCode(Code) && CancellationWindowErrorSettings.IsValidStatus(Status);
}
