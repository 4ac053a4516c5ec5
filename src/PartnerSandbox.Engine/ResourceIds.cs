using System;
using System.Globalization;
using System.Linq;

namespace PartnerSandbox.Engine;

/// <summary>
/// Checks ids before they become part of a request's path, so that no input can reach another resource: a customer
/// id is the customer's tenant id, a GUID (the contract); an order or subscription id is opaque but must stay one path segment
/// ("..", "/", "?" and their kin would read or change something else).
/// </summary>
public static class ResourceIds
{
    private static readonly char[] NotInPathSegment = { '/', '\\', '?', '#', '%' };

    /// <summary>Why <paramref name="value"/> is not a customer id, or null when it is one.</summary>
    public static string? WhyNotCustomerId(string? value) =>
        value is { Length: 36 } && Guid.TryParseExact(value, "D", out _)
            ? null
            : string.Format(CultureInfo.InvariantCulture, EngineMessages.NotACustomerId, value);

    /// <summary>Why <paramref name="value"/> is not an order id, or null when it is one.</summary>
    public static string? WhyNotOrderId(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return EngineMessages.EmptyOrderId;
        }

        return IsOneSegment(value!) ? null : string.Format(CultureInfo.InvariantCulture, EngineMessages.NotAnOrderId, Printable(value!));
    }

    /// <summary>Why <paramref name="value"/> is not a subscription id, or null when it is one (opaque like an order id, one path segment).</summary>
    public static string? WhyNotSubscriptionId(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return EngineMessages.EmptySubscriptionId;
        }

        return IsOneSegment(value!) ? null : string.Format(CultureInfo.InvariantCulture, EngineMessages.NotASubscriptionId, Printable(value!));
    }

    /// <summary>Throws <see cref="ArgumentException"/> for an id that must not reach the service (a caller's bug).</summary>
    internal static string RequireCustomerId(string customerId) => Require(WhyNotCustomerId(customerId), customerId, nameof(customerId));

    internal static string RequireOrderId(string orderId) => Require(WhyNotOrderId(orderId), orderId, nameof(orderId));

    internal static string RequireSubscriptionId(string subscriptionId) => Require(WhyNotSubscriptionId(subscriptionId), subscriptionId, nameof(subscriptionId));

    private static string Require(string? problem, string value, string name) => problem is null ? value : throw new ArgumentException(problem, name);

    private static bool IsOneSegment(string value) =>
        value != "." && value != ".." && value.IndexOfAny(NotInPathSegment) < 0 && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));

    // Control characters would garble the message they are quoted in.
    private static string Printable(string value) =>
        string.Concat(value.Select(c => char.IsControl(c) ? string.Format(CultureInfo.InvariantCulture, "\\u{0:x4}", (int)c) : c.ToString()));
}
