using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>Each test starts from the seed again (admin reset), since deleting changes it.</summary>
public sealed class CustomerDeletionTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Delete_while_reserved_instance_or_software_orders_are_open_is_refused_and_the_customer_stays()
    {
        await ResetAsync();

        using var response = await emulator.SendAsync(HttpMethod.Delete, $"/v1/customers/{TestSeed.Wingtip}");

        Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
        using var get = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Wingtip}");
        Assert.Equal(200, (int)get.StatusCode);
    }

    [Fact]
    public async Task Delete_after_cancelling_them_is_204_and_the_customer_is_gone()
    {
        await ResetAsync();
        using (var cancel = await emulator.CancelAsync(TestSeed.Contoso, "ri-recent-1"))
        {
            Assert.Equal(200, (int)cancel.StatusCode);
        }

        using (var refused = await emulator.SendAsync(HttpMethod.Delete, $"/v1/customers/{TestSeed.Contoso}"))
        {
            Assert.Equal(400, (int)refused.StatusCode);
        }

        foreach (var orderId in new[] { "ri-recent-2", "ri-recent-3", "perpetual-recent", "software-sub-recent" })
        {
            using var cancel = await emulator.CancelAsync(TestSeed.Contoso, orderId);
            Assert.Equal(200, (int)cancel.StatusCode);
        }

        // saas-recent stays open: SaaS does not block a deletion. Nor does any other customer's Azure plan.
        using var delete = await emulator.SendAsync(HttpMethod.Delete, $"/v1/customers/{TestSeed.Contoso}");
        using var get = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}");
        using var orders = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders");

        Assert.Equal(204, (int)delete.StatusCode);
        Assert.Equal(60003, await EmulatorFixture.ReadErrorCodeAsync(get, 404));
        Assert.Equal(60003, await EmulatorFixture.ReadErrorCodeAsync(orders, 404));
        Assert.Null(emulator.Server.State.FindOrder("saas-recent"));
        Assert.Null(emulator.Server.State.FindCustomerOwner(System.Guid.Parse(TestSeed.Contoso)));
    }

    [Fact]
    public async Task Refusal_names_the_active_reservation_software_and_Azure_plan_orders_in_the_partners_quoted_words()
    {
        await ResetAsync();

        using var response = await emulator.SendAsync(HttpMethod.Delete, $"/v1/customers/{TestSeed.Tailspin}");

        Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
        Assert.Equal(
            "Customer relationship cannot be removed due to active Azure reserved instances.Please cancel the following orders: ri-old-61, azure-plan",
            (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("description").GetString());
    }

    [Fact]
    public async Task An_Azure_plan_blocks_the_deletion_until_it_is_suspended()
    {
        await ResetAsync();
        using (var cancel = await emulator.CancelAsync(TestSeed.FourthCoffee, "software-sub-8"))
        {
            Assert.Equal(200, (int)cancel.StatusCode);
        }

        using var refused = await emulator.SendAsync(HttpMethod.Delete, $"/v1/customers/{TestSeed.FourthCoffee}");
        using var suspend = await emulator.ChangeSubscriptionStatusAsync(TestSeed.FourthCoffee, TestSeed.BareAzurePlanSubscription, "suspended");
        using var deleted = await emulator.SendAsync(HttpMethod.Delete, $"/v1/customers/{TestSeed.FourthCoffee}");

        Assert.EndsWith("Please cancel the following orders: azure-plan-bare", (await EmulatorFixture.ReadJsonAsync(refused)).GetProperty("description").GetString(), System.StringComparison.Ordinal);
        Assert.Equal(200, (int)suspend.StatusCode);
        Assert.Equal(204, (int)deleted.StatusCode);
        Assert.Null(emulator.Server.State.FindSubscription(TestSeed.NceRecentSubscription));
        using var subscriptions = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.FourthCoffee}/subscriptions");
        Assert.Equal(60003, await EmulatorFixture.ReadErrorCodeAsync(subscriptions, 404));
    }

    [Fact]
    public async Task Delete_by_a_production_partner_is_403_800019()
    {
        await ResetAsync();

        using var response = await emulator.SendAsync(HttpMethod.Delete, $"/v1/customers/{TestSeed.Litware}", token: await emulator.ProductionTokenAsync());

        Assert.Equal(800019, await EmulatorFixture.ReadErrorCodeAsync(response, 403));
    }

    [Fact]
    public async Task Delete_of_another_partners_customer_is_403_20002()
    {
        await ResetAsync();

        using var response = await emulator.SendAsync(HttpMethod.Delete, $"/v1/customers/{TestSeed.Litware}");

        Assert.Equal(20002, await EmulatorFixture.ReadErrorCodeAsync(response, 403));
    }

    private async Task ResetAsync()
    {
        using var reset = await emulator.AdminAsync(HttpMethod.Post, "/reset");
        Assert.Equal(204, (int)reset.StatusCode);
    }
}
