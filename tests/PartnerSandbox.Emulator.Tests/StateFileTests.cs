using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Knobs;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>A state file survives a restart: statuses, created orders, deleted customers and the clock.</summary>
public sealed class StateFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("state-tests-").FullName;

    private string StatePath => Path.Combine(folder, "state.json");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Saved_state_is_what_the_next_start_loads()
    {
        string createdId;
        string savedJson;
        DateTimeOffset clockBefore;
        var first = new StateFixture(StatePath);
        await first.InitializeAsync();
        try
        {
            using (var cancel = await first.CancelAsync(TestSeed.Contoso, "ri-recent-1"))
            using (var deleted = await first.ChangeSubscriptionStatusAsync(TestSeed.FourthCoffee, TestSeed.NceRecentSubscription, "deleted"))
            using (var entitlement = await first.SendAsync(HttpMethod.Post, $"/v1/customers/{TestSeed.Tailspin}/subscriptions/{first.Server.State.FindOrder("azure-plan")!.Subscriptions[0].Id}/azureEntitlements/{TestSeed.TailspinAzureEntitlement}/cancel", """{"cancellationReason": "compromise"}"""))
            using (var create = await first.SendAsync(HttpMethod.Post, $"/v1/customers/{TestSeed.Wingtip}/orders", """{"lineItems": [{"offerId": "DZH318Z0BR37:0001:DZH318Z0BTSD"}]}"""))
            using (var clock = await first.AdminAsync(HttpMethod.Post, "/clock", """{"advanceDays": 10}"""))
            using (var save = await first.AdminAsync(HttpMethod.Post, "/state/save"))
            {
                Assert.Equal(200, (int)cancel.StatusCode);
                Assert.Equal(200, (int)deleted.StatusCode);
                Assert.Equal(200, (int)entitlement.StatusCode);
                createdId = (await EmulatorFixture.ReadJsonAsync(create)).GetProperty("id").GetString()!;
                Assert.Equal(200, (int)save.StatusCode);
                Assert.Equal(Path.GetFullPath(StatePath), (await EmulatorFixture.ReadJsonAsync(save)).GetProperty("path").GetString());
            }

            clockBefore = first.Server.State.Clock.GetUtcNow();
            savedJson = await File.ReadAllTextAsync(StatePath);
        }
        finally
        {
            await first.DisposeAsync();
        }

        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
        var second = new StateFixture(StatePath);
        await second.InitializeAsync();
        try
        {
            var state = second.Server.State;
            Assert.Equal("cancelled", state.FindOrder("ri-recent-1")!.Status);
            Assert.Equal("deleted", state.FindOrder("ri-recent-1")!.Subscriptions[0].Status);
            Assert.Equal("deleted", state.FindSubscription(TestSeed.NceRecentSubscription)!.Status);
            Assert.Equal(first.Server.State.FindSubscription(TestSeed.NceRecentSubscription)!.CreationDate, state.FindSubscription(TestSeed.NceRecentSubscription)!.CreationDate);
            Assert.Equal("inactive", state.FindOrder("azure-plan")!.Subscriptions[0].AzureEntitlements.Single().Status);
            Assert.Equal(State.ProductType.Saas, state.FindOrder(createdId)!.ProductType);
            Assert.Equal(61, (int)(state.Clock.GetUtcNow() - state.FindOrder("ri-old-61")!.CreationDate).TotalDays - 10);
            Assert.InRange(state.Clock.GetUtcNow(), clockBefore, clockBefore.AddMinutes(5));
            Assert.Equal(
                first.Server.State.Partners.SelectMany(partner => partner.Customers).Select(customer => customer.Id),
                state.Partners.SelectMany(partner => partner.Customers).Select(customer => customer.Id));

            // A token issued by the second run works against the loaded partners.
            using var get = await second.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Wingtip}/orders/{createdId}");
            Assert.Equal(200, (int)get.StatusCode);
        }
        finally
        {
            await second.DisposeAsync();
        }

        // The clean stop of the second run wrote the same state again (only the time of saving differs).
        Assert.Equal(WithoutSavedAt(savedJson), WithoutSavedAt(await File.ReadAllTextAsync(StatePath)));
    }

    [Fact]
    public async Task A_cancellation_still_pending_is_saved_as_cancelled()
    {
        var fixture = new StateFixture(StatePath, KnobSettings.Default with { CancellationDelay = TimeSpan.FromHours(1) });
        await fixture.InitializeAsync();
        try
        {
            using var cancel = await fixture.CancelAsync(TestSeed.Contoso, "ri-recent-2");
            Assert.Equal("pending", (await EmulatorFixture.ReadJsonAsync(cancel)).GetProperty("status").GetString());
            using var save = await fixture.AdminAsync(HttpMethod.Post, "/state/save");
            Assert.Equal(200, (int)save.StatusCode);
        }
        finally
        {
            await fixture.DisposeAsync();
        }

        using var saved = JsonDocument.Parse(await File.ReadAllTextAsync(StatePath));
        var order = saved.RootElement.GetProperty("partners").EnumerateArray()
            .SelectMany(partner => partner.GetProperty("customers").EnumerateArray())
            .SelectMany(customer => customer.GetProperty("orders").EnumerateArray())
            .Single(candidate => candidate.GetProperty("id").GetString() == "ri-recent-2");
        Assert.Equal("cancelled", order.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Start_removes_what_interrupted_saves_left_beside_the_state_file_and_nothing_else(bool stateFileExists)
    {
        if (stateFileExists)
        {
            await SaveOnceAsync();
        }

        var leftovers = new[] { $"state.json.{Guid.NewGuid():N}.tmp", $"state.json.{Guid.NewGuid():N}.tmp" };
        var others = new[] { "state.json.notes.tmp", $"other.json.{Guid.NewGuid():N}.tmp", $"state.json.{Guid.NewGuid():N}.tmp.bak", "state.json.tmp" };
        foreach (var name in leftovers.Concat(others))
        {
            // What a save killed mid-write leaves: half a document.
            await File.WriteAllTextAsync(Path.Combine(folder, name), """{"partners": [{"tenantId": """);
        }

        var fixture = new StateFixture(StatePath);
        await fixture.InitializeAsync();
        try
        {
            Assert.All(leftovers, name => Assert.False(File.Exists(Path.Combine(folder, name)), $"{name} was left"));
            Assert.All(others, name => Assert.True(File.Exists(Path.Combine(folder, name)), $"{name} was removed"));
            Assert.NotNull(fixture.Server.State.FindOrder("ri-recent-1"));
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }

    [Fact]
    public async Task Save_without_a_state_file_is_400()
    {
        var fixture = new EmulatorFixture();
        await fixture.InitializeAsync();
        try
        {
            using var response = await fixture.AdminAsync(HttpMethod.Post, "/state/save");
            Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }

    private async Task SaveOnceAsync()
    {
        var fixture = new StateFixture(StatePath);
        await fixture.InitializeAsync();
        await fixture.DisposeAsync();
        Assert.True(File.Exists(StatePath));
    }

    private static string WithoutSavedAt(string json) =>
        string.Join('\n', json.Split('\n').Where(line => !line.Contains("\"savedAt\"", StringComparison.Ordinal)));

    private sealed class StateFixture(string statePath, KnobSettings? knobs = null) : EmulatorFixture
    {
        protected override EmulatorOptions Options => new() { SeedFiles = [TestSeed.Path], TestMode = true, StateFile = statePath, Knobs = knobs ?? KnobSettings.Default };
    }
}
