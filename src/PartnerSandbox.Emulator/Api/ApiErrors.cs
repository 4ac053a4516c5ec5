using System.Collections.Generic;
using Microsoft.AspNetCore.Http;
using PartnerSandbox.Emulator.Identity;
using PartnerSandbox.Emulator.Knobs;

namespace PartnerSandbox.Emulator.Api;

/// <summary>Every Partner Center error the emulator gives (contract section 6), in one place.</summary>
internal static class ApiErrors
{
    /// <summary>
    /// The service documents that a sandbox customer can only be deleted once its reserved-instance
    /// and software orders are cancelled (contract section 4), and partners quote the refusal's text, but
    /// not its status or code. 400 with the generic invalid-input code is inferred: the request is refused
    /// as it stands and retrying it unchanged cannot help. Change it here and only here.
    /// </summary>
    public static readonly (int StatusCode, long Code) CustomerHasOpenOrdersAnswer = (StatusCodes.Status400BadRequest, 800002);

    public static ApiError MissingToken() => new(
        StatusCodes.Status401Unauthorized, 800001, "The partner token is missing from the Authorization header.");

    /// <remarks>The service documents no code for a present but bad token, so the missing-token code is reused.</remarks>
    public static ApiError InvalidToken(string reason) => new(
        StatusCodes.Status401Unauthorized, 800001, $"The partner token is not valid. {reason}");

    /// <summary>Contract sections 1 and 6: since April 2026 every App+User call must carry an MFA claim.</summary>
    public static ApiError MfaRequired() => new(
        StatusCodes.Status401Unauthorized, MfaErrorCodes.Contract, "Multi-factor authentication is required: the App+User token has no 'mfa' in its 'amr' claim. Sign in again with MFA.");

    /// <summary>The older refusal partners reported on the customer listing (Partner-Center-DotNet-Samples#59, BCTech#34).</summary>
    public static ApiError MfaRequiredAsReported() => new(
        StatusCodes.Status401Unauthorized, MfaErrorCodes.Reported, "Authentication failed. MFA required.");

    /// <summary>Partners' reports since 2025 (Partner-Center-DotNet-Samples#140), word for word.</summary>
    public static ApiError RetiredGraphAudience() => new(
        StatusCodes.Status401Unauthorized, 900420, $"The audience '{PartnerCenterAudiences.RetiredGraph}' in the token is invalid and is no longer supported in Partner Center API.");

    public static ApiError InvalidInput(string problem) => new(
        StatusCodes.Status400BadRequest, 800002, $"Invalid request input: {problem}");

    public static ApiError InvalidCustomerId(string customerId) => new(
        StatusCodes.Status400BadRequest, 900118, $"The customer id '{customerId}' is not valid: a customer id is the customer's tenant id, a GUID.");

    public static ApiError NoRelationshipWithCustomer(string customerId) => new(
        StatusCodes.Status403Forbidden, 20002, $"The partner does not have a relationship with customer {customerId}.");

    public static ApiError CustomerNotFound(string customerId) => new(
        StatusCodes.Status404NotFound, 60003, $"Tenant {customerId} was not found.");

    public static ApiError OrderNotFound(string orderId) => new(
        StatusCodes.Status404NotFound, 20000, $"Order {orderId} was not found.");

    /// <summary>What the service answers to a status outside its OrderStatus enum (PartnerCenterPowerShellModule#50: code 0).</summary>
    public static ApiError InvalidOrderStatus(string status) => new(
        StatusCodes.Status400BadRequest, 0, $"The provided value '{status}' is not a valid OrderStatus.");

    /// <remarks>Inferred from <see cref="InvalidOrderStatus"/>: the same deserialisation of another enum.</remarks>
    public static ApiError InvalidSubscriptionStatus(string status) => new(
        StatusCodes.Status400BadRequest, 0, $"The provided value '{status}' is not a valid SubscriptionStatus.");

    public static ApiError SubscriptionNotFound(string subscriptionId) => new(
        StatusCodes.Status404NotFound, 20003, $"Subscription with id {subscriptionId} not found.");

    public static ApiError DeletedSubscriptionCannotBeUpdated(string subscriptionId) => new(
        StatusCodes.Status400BadRequest, 2011, $"Subscription with id {subscriptionId} and deleted status cannot be updated.");

    public static ApiError SuspendedSubscriptionCannotBeUpdated() => new(
        StatusCodes.Status400BadRequest, 800091, "Cannot update a subscription with suspended status");

    public static ApiError AzurePlanHasActiveAzureSubscriptions() => new(
        StatusCodes.Status403Forbidden, 900115, "Azure plan cannot be moved to suspended state since you have one or more Azure Subscriptions in the active state");

    /// <param name="answer">The status and code, a knob: the docs do not give them for these cases.</param>
    public static ApiError SubscriptionStatusCannotChange(string why, SubscriptionStatusErrorSettings answer) => new(
        answer.Status, answer.Code, $"Cannot update the status for this subscription. {why}");

    public static ApiError AzureEntitlementNotFound(string entitlementId) => new(
        StatusCodes.Status404NotFound, 800111, $"Azure entitlement with ID {entitlementId} isn't found.");

    public static ApiError InvalidCancellationReason(string? reason) => new(
        StatusCodes.Status400BadRequest, 900307, $"Cancellation reason '{reason}' is invalid.");

    /// <summary>Contract section 6: 409 800060, "order in progress"; here, a cancellation that has not completed yet.</summary>
    public static ApiError OrderInProgress(string orderId) => new(
        StatusCodes.Status409Conflict, 800060, $"Order {orderId} is in progress: its cancellation has not completed yet.");

    public static ApiError OrderCannotBeCancelled(string orderId) => new(
        StatusCodes.Status400BadRequest, 800061, $"Order {orderId} can't be canceled.");

    public static ApiError NonSandboxCannotCancelProductType() => new(
        StatusCodes.Status403Forbidden, 800019, "Non-sandbox tenants can't cancel orders of this product type.");

    public static ApiError SeatBasedSaasCannotBeCancelled() => new(
        StatusCodes.Status403Forbidden, 800077, "Seat-based SaaS orders can't be canceled through an order update; cancel the subscription instead.");

    /// <summary>The error-codes page's text for 800063.</summary>
    public static ApiError CancelSubscriptionInstead(string orderId, string customerId) => new(
        StatusCodes.Status400BadRequest, 800063, $"This order {orderId} cannot be cancelled. Use PATCH /customers/{customerId}/subscriptions/<subscriptionId> to suspend subscriptions");

    /// <summary>The error-codes page's text for 900117, for orders and subscriptions alike.</summary>
    /// <param name="answer">The status and code, a knob: the service does not document them for this case (contract section 5).</param>
    public static ApiError CancellationWindowPassed(int windowDays, CancellationWindowErrorSettings answer) => new(
        answer.Status, answer.Code, $"You have passed your {windowDays}-day cancellation window. We are unable to cancel your purchase");

    public static ApiError SandboxLimitReached(string limit) => new(
        StatusCodes.Status400BadRequest, 800018, $"The integration sandbox limit has been met: {limit}.");

    public static ApiError UnknownOffer(string offerId) => InvalidInput(
        $"the offer '{offerId}' is not in the catalog (the emulator knows offers starting CFQ7TTC0, DZH318Z0BPS6, DZH318Z0BQ4B, DG7GMGF0, DZH318Z0BR37, DZH318Z0BR38).");

    /// <remarks>
    /// Deleting customers is a sandbox-only operation; the service's documented code for "a
    /// non-sandbox tenant can't do this" is 800019, so it is reused.
    /// </remarks>
    public static ApiError OnlySandboxCanDeleteCustomers() => new(
        StatusCodes.Status403Forbidden, 800019, "Only integration sandbox partners can delete customers.");

    /// <summary>
    /// The text partners quote (Partner-Center-PowerShell#215), without a space after the full stop, for whatever
    /// blocks (that report was of an Azure plan); the separator between several ids is inferred.
    /// </summary>
    public static ApiError CustomerHasActiveOrders(IEnumerable<string> orderIds) => new(
        CustomerHasOpenOrdersAnswer.StatusCode,
        CustomerHasOpenOrdersAnswer.Code,
        $"Customer relationship cannot be removed due to active Azure reserved instances.Please cancel the following orders: {string.Join(", ", orderIds)}");

    public static ApiError StateNotSaved(string path, string reason) => new(
        StatusCodes.Status500InternalServerError, 800003, $"The state file '{path}' could not be written: {reason}");

    public static ApiError InjectedFault(int statusCode) => new(
        statusCode, 800003, $"An unexpected error occurred (a fault the emulator was told to inject, HTTP {statusCode}).");
}
