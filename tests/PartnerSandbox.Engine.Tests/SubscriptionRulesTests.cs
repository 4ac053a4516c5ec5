using System;
using PartnerSandbox.Engine.Models;
using Xunit;

namespace PartnerSandbox.Engine.Tests;

/// <summary>Each product's way of being cancelled, as the subscription shows it.</summary>
public class SubscriptionRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static Subscription Of(string? type, string? subType = null, string offer = "", string term = "P1M", string status = "active", double ageDays = 1, DateTimeOffset? allowedUntil = null) => new()
    {
        Id = "s",
        OfferId = offer,
        ProductType = type is null ? null : new ProductType { Id = type, SubType = subType is null ? null : new ProductType { Id = subType } },
        TermDuration = term,
        Status = status,
        CreationDate = Now.AddDays(-ageDays),
        CancellationAllowedUntilDate = allowedUntil,
        OrderId = "o1",
    };

    [Theory]
    [InlineData("OnlineServicesNCE", null, "", "P1M", SubscriptionProduct.NewCommerce)]
    [InlineData(null, null, "CFQ7TTC0LH18:0001:CFQ7TTC0K5BF", "P1M", SubscriptionProduct.NewCommerce)]
    [InlineData("Azure", "Azure", "", "", SubscriptionProduct.AzurePlan)]
    [InlineData(null, null, "DZH318Z0BPS6:0001:DZH318Z0BMN4", "", SubscriptionProduct.AzurePlan)]
    [InlineData("Azure", "VirtualMachines", "", "P1Y", SubscriptionProduct.ReservedInstance)]
    [InlineData("Software", null, "", "", SubscriptionProduct.PerpetualSoftware)]
    [InlineData("Software", null, "", "P1Y", SubscriptionProduct.SoftwareSubscription)]
    [InlineData("SaaS", null, "", "P1M", SubscriptionProduct.Marketplace)]
    [InlineData("SomethingNew", null, "", "P1M", SubscriptionProduct.Unknown)]
    public void The_product_comes_from_the_product_type_or_the_offer(string? type, string? subType, string offer, string term, SubscriptionProduct expected) =>
        Assert.Equal(expected, SubscriptionRules.ProductOf(Of(type, subType, offer, term)));

    [Theory]
    [InlineData(SubscriptionProduct.AzurePlan, "suspended")]
    [InlineData(SubscriptionProduct.NewCommerce, "deleted")]
    [InlineData(SubscriptionProduct.Marketplace, "deleted")]
    [InlineData(SubscriptionProduct.SoftwareSubscription, "deleted")]
    [InlineData(SubscriptionProduct.Unknown, "deleted")]
    [InlineData(SubscriptionProduct.ReservedInstance, null)]
    [InlineData(SubscriptionProduct.PerpetualSoftware, null)]
    public void Each_product_has_its_cancelled_status(SubscriptionProduct product, string? status) => Assert.Equal(status, SubscriptionRules.CancelledStatus(product));

    [Fact]
    public void New_commerce_within_seven_days_can_be_cancelled_and_after_them_not()
    {
        Assert.Null(SubscriptionRules.WhyNotCancellable(Of("OnlineServicesNCE", ageDays: 6.9), null, Now));
        Assert.Equal(SubscriptionObjection.WindowPassed, SubscriptionRules.WhyNotCancellable(Of("OnlineServicesNCE", ageDays: 7.1), null, Now)?.Objection);
    }

    [Fact]
    public void The_services_cancellation_date_wins_over_the_seven_days()
    {
        var subscription = Of("Software", term: "P1Y", ageDays: 2, allowedUntil: Now.AddHours(-1));

        var why = SubscriptionRules.WhyNotCancellable(subscription, null, Now);

        Assert.Equal(SubscriptionObjection.WindowPassed, why?.Objection);
        Assert.Contains("2026-12-01 11:00:00Z", why?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Marketplace_saas_has_no_window() => Assert.Null(SubscriptionRules.WhyNotCancellable(Of("SaaS", ageDays: 300), null, Now));

    [Fact]
    public void An_azure_plan_with_active_azure_subscriptions_cannot_be_suspended_and_says_which()
    {
        var why = SubscriptionRules.WhyNotCancellable(Of("Azure", "Azure", term: "", ageDays: 300), new[] { "a1", "a2" }, Now);

        Assert.Equal(SubscriptionObjection.ActiveAzureSubscriptions, why?.Objection);
        Assert.Contains("a1, a2", why?.Reason, StringComparison.Ordinal);
        Assert.Null(SubscriptionRules.WhyNotCancellable(Of("Azure", "Azure", term: "", ageDays: 300), Array.Empty<string>(), Now));
    }

    [Fact]
    public void Only_active_azure_subscriptions_keep_a_plan_from_being_suspended() =>
        Assert.Equal(
            new[] { "on" },
            SubscriptionRules.ActiveIds(new[] { new AzureEntitlement { Id = "on", Status = "Active" }, new AzureEntitlement { Id = "off", Status = "inactive" } }));

    [Theory]
    [InlineData("Azure", "VirtualMachines", "P1Y")]
    [InlineData("Software", null, "")]
    public void Reservations_and_perpetual_software_are_cancelled_by_their_order(string type, string? subType, string term)
    {
        var why = SubscriptionRules.WhyNotCancellable(Of(type, subType, term: term), null, Now);

        Assert.Equal(SubscriptionObjection.CancelledByOrder, why?.Objection);
        Assert.Contains("order o1", why?.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("OnlineServicesNCE", null, "deleted", SubscriptionObjection.AlreadyCancelled)]
    [InlineData("Azure", "Azure", "suspended", SubscriptionObjection.AlreadyCancelled)]
    [InlineData("OnlineServicesNCE", null, "suspended", SubscriptionObjection.Suspended)]
    public void A_cancelled_or_suspended_subscription_is_left_alone(string type, string? subType, string status, SubscriptionObjection expected) =>
        Assert.Equal(expected, SubscriptionRules.WhyNotCancellable(Of(type, subType, status: status), null, Now)?.Objection);
}
