using System;
using System.Globalization;
using PartnerSandbox.Emulator.Knobs;
using PartnerSandbox.Emulator.Seeding;

namespace PartnerSandbox.Emulator.Hosting;

/// <summary>
/// The command-line options that shape a run's data and behaviour (generated seeds, the state
/// file, the knobs), read one at a time by <see cref="CommandLine"/>; each bad value is one clear error.
/// </summary>
internal sealed class ScenarioCommandLine
{
    public const string HelpText =
        """
          --generate <P>x<C>x<O>     Also load a generated seed: P sandbox partners, C customers each, O orders
                                     each (mixed products, ages and statuses). Same numbers, same data.
          --generate-seed <n>        The seed number of --generate (ids, secrets and the mix). Default 1.
          --state <file>             Load this state file at start if it exists (instead of the seeds); write it
                                     on Ctrl+C/SIGTERM and on POST /_emulator/state/save.
          --latency <ms>             Added to every /v1 request. Default 0.
          --latency-jitter <ms>      Plus 0..ms more, drawn from a sequence fixed by --latency-seed. Default 0.
          --latency-seed <n>         Seed number of the jitter sequence. Default 1.
          --rate-limit <n|off>       Requests per minute per partner on the throttled routes. Default 500.
          --rate-limit-customer <n|off>
                                     Requests per minute per partner and customer on those routes. Default off.
          --rate-limit-window <sliding|fixed>
                                     Sliding: the last 60 seconds; fixed: the current clock minute. Default sliding.
          --order-listing-delay <seconds>
                                     How long a created order takes to show in its customer's order list. Default 0.
          --window-error-code <code> Error code of the answer to cancelling an order past its cancellation window
                                     (the real one is undocumented). Default 900117.
          --window-error-status <status>
                                     HTTP status (400-599) of that answer. Default 400.
          --cancellation-delay <ms>  An accepted cancellation shows "pending" this long (virtual clock), then
                                     "cancelled". Default 0: cancelled at once.
          --token-clock-skew <seconds>
                                     How long past its expiry an access token is still accepted. Default 60.
        """;

    private string? generate;
    private long generateSeed = GeneratedSeed.DefaultSeed;
    private LatencySettings latency = KnobSettings.Default.Latency;
    private RateLimitSettings rateLimits = KnobSettings.Default.RateLimits;
    private TimeSpan orderListingDelay = KnobSettings.Default.OrderListingDelay;
    private CancellationWindowErrorSettings windowError = KnobSettings.Default.CancellationWindowError;
    private TimeSpan cancellationDelay = KnobSettings.Default.CancellationDelay;
    private TimeSpan tokenClockSkew = KnobSettings.Default.TokenClockSkew;

    public string? StateFile { get; private set; }

    public KnobSettings Knobs => new(latency, rateLimits, orderListingDelay, windowError, cancellationDelay, tokenClockSkew);

    /// <summary>Whether the option is one of these (all take a value).</summary>
    public static bool Takes(string option) => option is "--generate" or "--generate-seed" or "--state" or "--latency" or "--latency-jitter"
        or "--latency-seed" or "--rate-limit" or "--rate-limit-customer" or "--rate-limit-window" or "--order-listing-delay"
        or "--window-error-code" or "--window-error-status" or "--cancellation-delay" or "--token-clock-skew";

    /// <returns>Null when the value is good, else the error.</returns>
    public string? Read(string option, string value)
    {
        switch (option)
        {
            case "--generate":
                generate = value;
                return GeneratedSeed.TryParse(value, generateSeed, out _)
                    ? null
                    : $"--generate must be <partners>x<customers>x<orders> (whole numbers, at least 1 partner, at most {GeneratedSeed.MaximumOrders:N0} orders in all), got '{value}'.";
            case "--generate-seed":
                return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out generateSeed)
                    ? null
                    : $"--generate-seed must be a whole number, got '{value}'.";
            case "--state":
                StateFile = value;
                return string.IsNullOrWhiteSpace(value) ? "--state needs a file name." : null;
            case "--latency":
                return TryMilliseconds(value, out var fixedMs) ? Set(() => latency = latency with { FixedMs = fixedMs }) : Milliseconds(option, value);
            case "--latency-jitter":
                return TryMilliseconds(value, out var jitterMs) ? Set(() => latency = latency with { JitterMs = jitterMs }) : Milliseconds(option, value);
            case "--latency-seed":
                return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed)
                    ? Set(() => latency = latency with { Seed = seed })
                    : $"--latency-seed must be a whole number, got '{value}'.";
            case "--rate-limit":
                return RateLimitValue.TryParse(value, out var perPartner)
                    ? Set(() => rateLimits = rateLimits with { PerPartner = perPartner })
                    : $"--rate-limit must be a whole number of requests per minute (at least 1) or 'off', got '{value}'.";
            case "--rate-limit-customer":
                return RateLimitValue.TryParse(value, out var perCustomer)
                    ? Set(() => rateLimits = rateLimits with { PerPartnerCustomer = perCustomer })
                    : $"--rate-limit-customer must be a whole number of requests per minute (at least 1) or 'off', got '{value}'.";
            case "--rate-limit-window":
                return RateLimitValue.TryParseWindow(value, out var window)
                    ? Set(() => rateLimits = rateLimits with { Window = window })
                    : $"--rate-limit-window must be 'sliding' or 'fixed', got '{value}'.";
            case "--order-listing-delay":
                return double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds <= TimeSpan.MaxValue.TotalSeconds
                    ? Set(() => orderListingDelay = TimeSpan.FromSeconds(seconds))
                    : $"--order-listing-delay must be a number of seconds, not negative, got '{value}'.";
            case "--window-error-code":
                return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && CancellationWindowErrorSettings.IsValidCode(code)
                    ? Set(() => windowError = windowError with { Code = code })
                    : $"--window-error-code must be a whole number, at least 1, got '{value}'.";
            case "--window-error-status":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var status) && CancellationWindowErrorSettings.IsValidStatus(status)
                    ? Set(() => windowError = windowError with { Status = status })
                    : $"--window-error-status must be an HTTP status from 400 to 599, got '{value}'.";
            case "--cancellation-delay":
                return TryMilliseconds(value, out var cancellationDelayMs)
                    ? Set(() => cancellationDelay = TimeSpan.FromMilliseconds(cancellationDelayMs))
                    : Milliseconds(option, value);
            case "--token-clock-skew":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var skewSeconds)
                    ? Set(() => tokenClockSkew = TimeSpan.FromSeconds(skewSeconds))
                    : $"--token-clock-skew must be a whole number of seconds, not negative, got '{value}'.";
            default:
                throw new ArgumentOutOfRangeException(nameof(option), option, "Not a scenario option.");
        }
    }

    /// <summary>The generated seed asked for, with whichever --generate-seed came (before or after --generate).</summary>
    public GeneratedSeed? Generate() =>
        generate is not null && GeneratedSeed.TryParse(generate, generateSeed, out var spec) ? spec : null;

    private static string? Set(Action apply)
    {
        apply();
        return null;
    }

    private static bool TryMilliseconds(string value, out int milliseconds) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out milliseconds);

    private static string Milliseconds(string option, string value) => $"{option} must be a whole number of milliseconds, not negative, got '{value}'.";
}
