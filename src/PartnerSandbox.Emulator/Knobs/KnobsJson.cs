using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnerSandbox.Emulator.Knobs;

/// <summary>
/// The knobs as <c>/_emulator/knobs</c> shows and takes them:
/// <c>{"latency": {"fixedMs": 0, "jitterMs": 0, "seed": 1}, "rateLimits": {"perPartner": 500,
/// "perPartnerCustomer": "off", "window": "sliding"}, "orderListingDelaySeconds": 0,
/// "cancellationWindowError": {"code": 900117, "status": 400}, "cancellationDelayMs": 0, "tokenClockSkewSeconds": 60}</c>,
/// and the answer knobs of <see cref="AnswerKnobsJson"/>.
/// A POST may give any part; what it leaves out stays as it is.
/// </summary>
internal static class KnobsJson
{
    public static JsonObject From(KnobSettings knobs)
    {
        var json = Core(knobs);
        AnswerKnobsJson.AddTo(json, knobs);
        return json;
    }

    private static JsonObject Core(KnobSettings knobs) => new()
    {
        ["latency"] = new JsonObject
        {
            ["fixedMs"] = knobs.Latency.FixedMs,
            ["jitterMs"] = knobs.Latency.JitterMs,
            ["seed"] = knobs.Latency.Seed,
        },
        ["rateLimits"] = new JsonObject
        {
            ["perPartner"] = RateLimit(knobs.RateLimits.PerPartner),
            ["perPartnerCustomer"] = RateLimit(knobs.RateLimits.PerPartnerCustomer),
            ["window"] = knobs.RateLimits.Window.ToString().ToLowerInvariant(),
        },
        ["orderListingDelaySeconds"] = knobs.OrderListingDelay.TotalSeconds,
        ["cancellationWindowError"] = new JsonObject
        {
            ["code"] = knobs.CancellationWindowError.Code,
            ["status"] = knobs.CancellationWindowError.Status,
        },
        ["cancellationDelayMs"] = (long)knobs.CancellationDelay.TotalMilliseconds,
        ["tokenClockSkewSeconds"] = (long)knobs.TokenClockSkew.TotalSeconds,
    };

    public static bool TryMerge(JsonElement body, KnobSettings current, [NotNullWhen(true)] out KnobSettings? merged, [NotNullWhen(false)] out string? problem)
    {
        merged = null;
        problem = null;
        try
        {
            if (body.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("the body must be a JSON object.");
            }

            var latency = current.Latency;
            if (Section(body, "latency") is { } latencyJson)
            {
                latency = new LatencySettings(
                    Whole(latencyJson, "fixedMs", latency.FixedMs),
                    Whole(latencyJson, "jitterMs", latency.JitterMs),
                    latencyJson.TryGetProperty("seed", out var seed) ? ReadSeed(seed) : latency.Seed);
            }

            var limits = current.RateLimits;
            if (Section(body, "rateLimits") is { } limitsJson)
            {
                limits = new RateLimitSettings(
                    Limit(limitsJson, "perPartner", limits.PerPartner),
                    Limit(limitsJson, "perPartnerCustomer", limits.PerPartnerCustomer),
                    Window(limitsJson, limits.Window));
            }

            var listingDelay = current.OrderListingDelay;
            if (body.TryGetProperty("orderListingDelaySeconds", out var delay))
            {
                listingDelay = delay.ValueKind == JsonValueKind.Number && delay.GetDouble() >= 0
                    ? TimeSpan.FromSeconds(delay.GetDouble())
                    : throw new FormatException($"'orderListingDelaySeconds' must be a number of seconds, not negative, got {delay.GetRawText()}.");
            }

            var windowError = current.CancellationWindowError;
            if (Section(body, "cancellationWindowError") is { } windowErrorJson)
            {
                windowError = new CancellationWindowErrorSettings(
                    ErrorCode(windowErrorJson, windowError.Code),
                    ErrorStatus(windowErrorJson, windowError.Status));
            }

            var cancellationDelay = TimeSpan.FromMilliseconds(Whole(body, "cancellationDelayMs", (int)current.CancellationDelay.TotalMilliseconds));
            var tokenClockSkew = TimeSpan.FromSeconds(Whole(body, "tokenClockSkewSeconds", (int)current.TokenClockSkew.TotalSeconds, "seconds"));
            merged = AnswerKnobsJson.Merge(body, current, new KnobSettings(latency, limits, listingDelay, windowError, cancellationDelay, tokenClockSkew));
        }
        catch (FormatException e)
        {
            problem = e.Message;
        }

        return merged is not null;
    }

    private static JsonValue RateLimit(int? perMinute) => perMinute is { } value ? JsonValue.Create(value) : JsonValue.Create(RateLimitValue.Off);

    private static JsonElement? Section(JsonElement body, string name) =>
        !body.TryGetProperty(name, out var section) ? null
        : section.ValueKind == JsonValueKind.Object ? section
        : throw new FormatException($"'{name}' must be an object.");

    private static int Whole(JsonElement section, string name, int current, string unit = "milliseconds") =>
        !section.TryGetProperty(name, out var value) ? current
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= 0 ? number
        : throw new FormatException($"'{name}' must be a whole number of {unit}, not negative, got {value.GetRawText()}.");

    private static long ReadSeed(JsonElement seed) =>
        seed.ValueKind == JsonValueKind.Number && seed.TryGetInt64(out var number) ? number
        : throw new FormatException($"'seed' must be a whole number, got {seed.GetRawText()}.");

    private static long ErrorCode(JsonElement section, long current) =>
        !section.TryGetProperty("code", out var value) ? current
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var code) && CancellationWindowErrorSettings.IsValidCode(code) ? code
        : throw new FormatException($"'code' must be a whole number, at least 1, got {value.GetRawText()}.");

    private static int ErrorStatus(JsonElement section, int current) =>
        !section.TryGetProperty("status", out var value) ? current
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var status) && CancellationWindowErrorSettings.IsValidStatus(status) ? status
        : throw new FormatException($"'status' must be an HTTP status from 400 to 599, got {value.GetRawText()}.");

    private static int? Limit(JsonElement section, string name, int? current)
    {
        if (!section.TryGetProperty(name, out var value))
        {
            return current;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return RateLimitValue.TryParse(text, out var perMinute)
            ? perMinute
            : throw new FormatException($"'{name}' must be a number of requests per minute (at least 1) or \"off\", got {value.GetRawText()}.");
    }

    private static RateLimitWindow Window(JsonElement section, RateLimitWindow current) =>
        !section.TryGetProperty("window", out var value) ? current
        : RateLimitValue.TryParseWindow(value.ValueKind == JsonValueKind.String ? value.GetString() : null, out var window) ? window
        : throw new FormatException($"'window' must be \"sliding\" or \"fixed\", got {value.GetRawText()}.");
}
