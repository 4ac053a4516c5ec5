using System;
using System.Linq;
using PartnerSandbox.Emulator.Knobs;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api;

/// <summary>A status someone asks a subscription to take, and when (by the virtual clock), with the knobs of the moment.</summary>
internal readonly record struct SubscriptionChangeAttempt(Subscription Subscription, string RequestedStatus, DateTimeOffset Now, KnobSettings Knobs)
{
    public TimeSpan Age => Now - Subscription.CreationDate;
}

/// <summary>
/// What may be cancelled by updating the subscription (cancel-an-order-from-the-integration-sandbox: software
/// subscriptions, new commerce, commercial marketplace and Azure plan, in the sandbox and in production alike), as
/// one ordered table: the first rule that objects gives the answer.
/// </summary>
internal static class SubscriptionCancellationRules
{
    private static readonly Func<SubscriptionChangeAttempt, ApiError?>[] Rules =
    [
        attempt => attempt.Subscription.IsDeleted ? ApiErrors.DeletedSubscriptionCannotBeUpdated(attempt.Subscription.Id) : null,
        attempt => attempt.Subscription.IsSuspended ? ApiErrors.SuspendedSubscriptionCannotBeUpdated() : null,
        attempt => SubscriptionTerms.CancelledStatus(attempt.Subscription.ProductType) is null
            ? ApiErrors.SubscriptionStatusCannotChange(
                $"It is cancelled through its order: PATCH /customers/{attempt.Subscription.Order.ReferenceCustomerId}/orders/{attempt.Subscription.Order.Id}.",
                attempt.Knobs.SubscriptionStatusError)
            : null,
        CheckRequestedStatus,
        attempt => attempt.Subscription.AzureEntitlements.Any(entitlement => entitlement.IsActive) ? ApiErrors.AzurePlanHasActiveAzureSubscriptions() : null,
        CheckCancellationWindow,
    ];

    /// <returns>Null when the subscription may take the status, else the service's answer.</returns>
    public static ApiError? FindObjection(SubscriptionChangeAttempt attempt) =>
        Rules.Select(rule => rule(attempt)).FirstOrDefault(objection => objection is not null);

    /// <summary>The emulator models cancellation only: an Azure plan is suspended, everything else deleted.</summary>
    private static ApiError? CheckRequestedStatus(SubscriptionChangeAttempt attempt)
    {
        var cancelled = SubscriptionTerms.CancelledStatus(attempt.Subscription.ProductType);
        return attempt.RequestedStatus == cancelled
            ? null
            : ApiErrors.SubscriptionStatusCannotChange(
                $"A subscription of this product is cancelled with the status '{cancelled}', not '{attempt.RequestedStatus}'.",
                attempt.Knobs.SubscriptionStatusError);
    }

    private static ApiError? CheckCancellationWindow(SubscriptionChangeAttempt attempt) =>
        SubscriptionTerms.WindowDays(attempt.Subscription.ProductType) is { } days && attempt.Age > TimeSpan.FromDays(days)
            ? ApiErrors.CancellationWindowPassed(days, attempt.Knobs.CancellationWindowError)
            : null;
}
