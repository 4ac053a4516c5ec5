using System.Globalization;

namespace PartnerSandbox.Errors;

/// <summary>How error texts name what they are about, so that with many orders (or subscriptions, or customers) at once a user can tell which error is which.</summary>
internal static class Subject
{
    public static string Order(string orderId, string customerId) => string.Format(CultureInfo.InvariantCulture, Messages.OrderSubject, orderId, customerId);

    public static string Subscription(string subscriptionId, string customerId) => string.Format(CultureInfo.InvariantCulture, Messages.SubscriptionSubject, subscriptionId, customerId);

    public static string Customer(string customerId) => string.Format(CultureInfo.InvariantCulture, Messages.CustomerSubject, customerId);
}
