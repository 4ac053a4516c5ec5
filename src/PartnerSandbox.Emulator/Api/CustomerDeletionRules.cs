using System.Collections.Generic;
using System.Linq;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api;

/// <summary>
/// What keeps a sandbox customer from being deleted: reserved-instance and software orders not cancelled
/// (delete-a-customer-account-from-the-integration-sandbox), and an Azure plan not suspended, which partners were
/// refused for with the same message (Partner-Center-PowerShell#215: cancel its Azure subscriptions, then suspend the
/// plan; remove-a-relationship, azure-plan-manage). New commerce and marketplace subscriptions do not block (inferred:
/// the sandbox page names only reservations and software).
/// </summary>
internal static class CustomerDeletionRules
{
    public static IReadOnlyList<string> BlockingOrderIds(Customer customer) => [.. customer.Orders.Where(Blocks).Select(order => order.Id)];

    private static bool Blocks(Order order) => order.ProductType switch
    {
        ProductType.ReservedInstance or ProductType.PerpetualSoftware or ProductType.SoftwareSubscription => !order.IsCancelled,
        ProductType.AzurePlan => order.Subscriptions.Any(plan => !plan.IsSuspended && !plan.IsDeleted),
        _ => false,
    };
}
