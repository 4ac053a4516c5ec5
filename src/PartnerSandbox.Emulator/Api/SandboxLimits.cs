using System.Linq;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api;

/// <summary>
/// The integration sandbox's account limits on new orders (contract section 5), answered with
/// 400 800018. Production partners have none of these. Each line item of an order is one
/// subscription; deleted subscriptions (and so cancelled orders) do not count, suspended ones do (inferred).
/// (The 75-customers limit needs customer creation, which the emulator does not offer.)
/// </summary>
internal static class SandboxLimits
{
    public const int ReservedInstanceOrdersPerCustomer = 2;
    public const int SubscriptionsPerCustomer = 5;
    public const int LicencesPerSubscription = 25;

    /// <returns>Null when the order fits, else the refusal.</returns>
    public static ApiError? Check(Partner partner, Customer customer, OrderDraft draft)
    {
        if (partner.Kind != PartnerKind.Sandbox)
        {
            return null;
        }

        if (draft.LineItems.Any(lineItem => lineItem.Quantity > LicencesPerSubscription))
        {
            return ApiErrors.SandboxLimitReached($"at most {LicencesPerSubscription} licences per subscription");
        }

        var openOrders = customer.Orders.Where(order => !order.IsCancelled).ToList();
        if (draft.ProductType == ProductType.ReservedInstance
            && openOrders.Count(order => order.ProductType == ProductType.ReservedInstance) >= ReservedInstanceOrdersPerCustomer)
        {
            return ApiErrors.SandboxLimitReached($"at most {ReservedInstanceOrdersPerCustomer} Azure reserved VM instances per customer");
        }

        return customer.Subscriptions.Count(subscription => !subscription.IsDeleted) + draft.LineItems.Count > SubscriptionsPerCustomer
            ? ApiErrors.SandboxLimitReached($"at most {SubscriptionsPerCustomer} subscriptions per customer")
            : null;
    }
}
