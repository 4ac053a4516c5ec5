using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>The customer filter's other fields (get-a-customer-by-name, get-customers-of-an-indirect-reseller), on tests/seeds/test.json.</summary>
public sealed class CustomerFilterFieldTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Theory]
    [InlineData("Domain", "TAILSPIN", TestSeed.Tailspin)]
    [InlineData("domain", "fourth", TestSeed.FourthCoffee)]
    [InlineData("IndirectReseller", TestSeed.FourthCoffeeReseller, TestSeed.FourthCoffee)]
    [InlineData("IndirectReseller", "4E000000", TestSeed.FourthCoffee)]
    [InlineData("IndirectCloudSolutionProvider", TestSeed.FourthCoffeeIndirectProvider, TestSeed.FourthCoffee)]
    [InlineData("CompanyName", "wing", TestSeed.Wingtip)]
    public async Task Each_field_matches_the_start_of_its_value_ignoring_case(string field, string value, string expected)
    {
        var ids = await FilteredIdsAsync(field, value);

        Assert.Equal([expected], ids);
    }

    [Fact]
    public async Task An_indirect_resellers_id_matches_no_customer_without_one()
    {
        Assert.Empty(await FilteredIdsAsync("IndirectReseller", TestSeed.FourthCoffeeIndirectProvider));
    }

    [Fact]
    public async Task The_indirect_reseller_is_the_customers_associated_partner_id()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.FourthCoffee}");
        using var other = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}");

        Assert.Equal(TestSeed.FourthCoffeeReseller, (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("associatedPartnerId").GetString());
        Assert.False((await EmulatorFixture.ReadJsonAsync(other)).TryGetProperty("associatedPartnerId", out _));
    }

    [Fact]
    public async Task A_next_page_with_the_same_prefix_but_another_field_is_refused()
    {
        var byName = Filter("CompanyName", string.Empty);
        using var first = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers?size=1&filter={byName}");
        var token = (await EmulatorFixture.ReadJsonAsync(first)).GetProperty("continuationToken").GetString()!;

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/customers?size=1&filter={Filter("Domain", string.Empty)}&seekOperation=Next");
        request.Headers.Authorization = new("Bearer", await emulator.SandboxTokenAsync());
        request.Headers.Add("MS-ContinuationToken", token);
        using var next = await emulator.Http.SendAsync(request);

        Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(next, 400));
    }

    private async Task<string[]> FilteredIdsAsync(string field, string value)
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers?filter={Filter(field, value)}");
        Assert.Equal(200, (int)response.StatusCode);
        return [.. (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("items").EnumerateArray().Select(customer => customer.GetProperty("id").GetString()!)];
    }

    private static string Filter(string field, string value) =>
        Uri.EscapeDataString($$"""{"Field":"{{field}}","Value":"{{value}}","Operator":"starts_with"}""");
}
