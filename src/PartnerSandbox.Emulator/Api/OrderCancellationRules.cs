using System;
using System.Linq;
using PartnerSandbox.Emulator.Knobs;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api;

/// <summary>
/// An order someone asks to cancel, with who asks and when (by the virtual clock), and the knob's
/// answer to give if the order is past its cancellation window.
/// </summary>
internal readonly record struct CancellationAttempt(Partner Partner, Order Order, DateTimeOffset Now, CancellationWindowErrorSettings WindowError)
{
    public TimeSpan Age => Now - Order.CreationDate;
}

/// <summary>
/// What may be cancelled (contract section 5), as one ordered table: the first rule that objects
/// gives the answer. New rules slot in as rows.
/// </summary>
internal static class OrderCancellationRules
{
    public const int SandboxWindowDays = 60;
    public const int ProductionPerpetualSoftwareWindowDays = 30;
    public const int ProductionSoftwareSubscriptionWindowDays = 7;

    private static readonly Func<CancellationAttempt, ApiError?>[] Rules =
    [
        attempt => attempt.Order.IsCancellationPending ? ApiErrors.OrderInProgress(attempt.Order.Id) : null,
        attempt => attempt.Order.IsCancelled ? ApiErrors.OrderCannotBeCancelled(attempt.Order.Id) : null,
        attempt => attempt.Partner.Kind == PartnerKind.Production && !IsSoftware(attempt.Order.ProductType)
            ? ApiErrors.NonSandboxCannotCancelProductType()
            : null,
        attempt => attempt.Order.ProductType == ProductType.SaasSeatBased ? ApiErrors.SeatBasedSaasCannotBeCancelled() : null,
        attempt => attempt.Order.ProductType is ProductType.AzurePlan or ProductType.NewCommerce
            ? ApiErrors.CancelSubscriptionInstead(attempt.Order.Id, attempt.Order.ReferenceCustomerId.ToString())
            : null,
        CheckCancellationWindow,
    ];

    /// <returns>Null when the order may be cancelled, else the service's answer.</returns>
    public static ApiError? FindObjection(CancellationAttempt attempt) =>
        Rules.Select(rule => rule(attempt)).FirstOrDefault(objection => objection is not null);

    private static ApiError? CheckCancellationWindow(CancellationAttempt attempt)
    {
        var windowDays = WindowDays(attempt);
        return attempt.Age > TimeSpan.FromDays(windowDays) ? ApiErrors.CancellationWindowPassed(windowDays, attempt.WindowError) : null;
    }

    private static bool IsSoftware(ProductType productType) =>
        productType is ProductType.PerpetualSoftware or ProductType.SoftwareSubscription;

    /// <summary>Production partners reach this rule only with software (see the rule above).</summary>
    private static int WindowDays(CancellationAttempt attempt) => (attempt.Partner.Kind, attempt.Order.ProductType) switch
    {
        (PartnerKind.Production, ProductType.PerpetualSoftware) => ProductionPerpetualSoftwareWindowDays,
        (PartnerKind.Production, _) => ProductionSoftwareSubscriptionWindowDays,
        _ => SandboxWindowDays,
    };
}
