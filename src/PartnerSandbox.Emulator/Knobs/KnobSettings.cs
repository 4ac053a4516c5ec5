using System;

namespace PartnerSandbox.Emulator.Knobs;

/// <summary>
/// Added latency on every <c>/v1</c> request: <see cref="FixedMs"/> plus a jitter drawn from
/// 0..<see cref="JitterMs"/> by a sequence fixed by <see cref="Seed"/>, so a run can be repeated.
/// </summary>
public sealed record LatencySettings(int FixedMs = 0, int JitterMs = 0, long Seed = 1)
{
    public bool IsOff => FixedMs == 0 && JitterMs == 0;
}

/// <summary>How a rate limit counts its requests.</summary>
public enum RateLimitWindow
{
    /// <summary>The requests of the last 60 seconds, whenever they came.</summary>
    Sliding,

    /// <summary>The requests of the current clock minute; the count starts again at each minute.</summary>
    Fixed,
}

/// <summary>
/// Requests per minute on the throttled routes (contract section 7), per partner and per partner and
/// customer; null is off. The default is the documented 500 per minute per partner.
/// </summary>
public sealed record RateLimitSettings(int? PerPartner = RateLimitSettings.DocumentedPerPartnerLimit, int? PerPartnerCustomer = null, RateLimitWindow Window = RateLimitWindow.Sliding)
{
    public const int DocumentedPerPartnerLimit = 500;

    public static RateLimitSettings Off { get; } = new(null, null);

    public bool IsOff => PerPartner is null && PerPartnerCustomer is null;
}

/// <summary>
/// The answer when an order is past its cancellation window (contract section 5). The service does not
/// document its code for this case, so it is a knob; the default, 400 <c>900117</c>, is the closest documented one.
/// </summary>
public sealed record CancellationWindowErrorSettings(long Code = CancellationWindowErrorSettings.DefaultCode, int Status = CancellationWindowErrorSettings.DefaultStatus)
{
    public const long DefaultCode = 900117;
    public const int DefaultStatus = 400;

    /// <summary>Partner Center error codes are positive.</summary>
    public static bool IsValidCode(long code) => code > 0;

    /// <summary>Only a client or server error status makes the client treat the answer as a refusal.</summary>
    public static bool IsValidStatus(int status) => status is >= 400 and <= 599;
}

/// <summary>The emulator's knobs: set by command-line options at start, changed by <c>POST /_emulator/knobs</c> in test mode.</summary>
/// <param name="OrderListingDelay">
/// How long a created order takes to show in its customer's order list. The real service may take
/// up to 15 minutes (contract section 4); the delay is inferred, so it is a knob, default none.
/// </param>
/// <param name="CancellationDelay">
/// How long an accepted cancellation stays <c>pending</c> before it completes, by the virtual clock; zero
/// (the default) completes it at once. The service's own timing is undocumented, and clients must not
/// take a 200 to a cancel for "cancelled" unless the answer says so.
/// </param>
/// <param name="TokenClockSkew">
/// How long past its expiry (and before its start) the API still accepts an access token, for the clocks of
/// issuer and API differing; default a minute. Zero makes a client that sends an expired token find out.
/// </param>
public sealed record KnobSettings(
    LatencySettings Latency,
    RateLimitSettings RateLimits,
    TimeSpan OrderListingDelay,
    CancellationWindowErrorSettings CancellationWindowError,
    TimeSpan CancellationDelay,
    TimeSpan TokenClockSkew)
{
    public static KnobSettings Default { get; } = new(
        new LatencySettings(), new RateLimitSettings(), TimeSpan.Zero, new CancellationWindowErrorSettings(), TimeSpan.Zero, TimeSpan.FromMinutes(1));

    public RefreshTokenReuse RefreshTokenReuse { get; init; } = RefreshTokenReuse.Allow;

    /// <summary>One of <see cref="MfaErrorCodes"/>.</summary>
    public long MfaErrorCode { get; init; } = MfaErrorCodes.Contract;

    public SubscriptionStatusErrorSettings SubscriptionStatusError { get; init; } = new();

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Latency.FixedMs);
        ArgumentOutOfRangeException.ThrowIfNegative(Latency.JitterMs);
        ArgumentOutOfRangeException.ThrowIfLessThan(RateLimits.PerPartner ?? 1, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(RateLimits.PerPartnerCustomer ?? 1, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(OrderListingDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(CancellationDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(TokenClockSkew, TimeSpan.Zero);
        if (!CancellationWindowErrorSettings.IsValidCode(CancellationWindowError.Code) || !CancellationWindowErrorSettings.IsValidStatus(CancellationWindowError.Status))
        {
            throw new ArgumentOutOfRangeException(nameof(CancellationWindowError), CancellationWindowError, "The code must be positive and the status 400-599.");
        }

        if (!MfaErrorCodes.IsKnown(MfaErrorCode) || !SubscriptionStatusError.IsValid)
        {
            throw new ArgumentOutOfRangeException(nameof(MfaErrorCode), "The MFA error code must be 900421 or 10001; the subscription status error's code positive and its status 400-599.");
        }
    }
}
