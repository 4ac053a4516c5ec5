using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>
/// MS-RequestId makes a retry of the same call idempotent, and only that (contract section 8): the same id
/// on a different call is a new request. (The retry itself: OrderCancellationTests.)
/// </summary>
public sealed class IdempotencyTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Same_request_id_on_another_orders_patch_is_processed_and_answers_with_that_order()
    {
        const string requestId = "4b1f0e2d-7c3a-4e59-9d18-6a2b0c4e8f11";

        using var first = await emulator.CancelAsync(TestSeed.Contoso, "ri-recent-1", requestId);
        using var second = await emulator.CancelAsync(TestSeed.Contoso, "ri-recent-2", requestId);

        Assert.Equal(200, (int)first.StatusCode);
        Assert.Equal(200, (int)second.StatusCode);
        var answered = await EmulatorFixture.ReadJsonAsync(second);
        Assert.Equal("ri-recent-2", answered.GetProperty("id").GetString());
        Assert.Equal("cancelled", answered.GetProperty("status").GetString());
        Assert.Equal("cancelled", emulator.Server.State.FindOrder("ri-recent-2")!.Status);
        Assert.Equal(1, emulator.Server.State.FindOrder("ri-recent-2")!.StateChanges);
    }

    [Fact]
    public async Task Same_request_id_on_another_method_is_processed()
    {
        const string requestId = "8e3d5a71-2f4b-4c06-b9e7-1d0a3c5f7b22";
        using var cancel = await emulator.CancelAsync(TestSeed.Contoso, "perpetual-recent", requestId);
        Assert.Equal(200, (int)cancel.StatusCode);

        using var create = await emulator.SendAsync(
            HttpMethod.Post, $"/v1/customers/{TestSeed.Wingtip}/orders", """{"lineItems": [{"offerId": "DZH318Z0BR37:0001:DZH318Z0BTSD"}]}""", requestId);

        Assert.Equal(201, (int)create.StatusCode);
        var created = (await EmulatorFixture.ReadJsonAsync(create)).GetProperty("id").GetString()!;
        Assert.NotNull(emulator.Server.State.FindOrder(created));
    }
}
