using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>The paging partner of tests/seeds/paging.json: seven customers, five named "contoso..." in some case.</summary>
public sealed class PagingFixture : EmulatorFixture
{
    public static readonly Guid Tenant = Guid.Parse("33333333-3333-3333-3333-333333333333");

    private string? token;

    protected override EmulatorOptions Options => new() { SeedFiles = [PagingSeed], TestMode = true };

    private static string PagingSeed => System.IO.Path.Combine(AppContext.BaseDirectory, "seeds", "paging.json");

    public async Task<string> PagingTokenAsync() =>
        token ??= await NewTokenAsync(Tenant, Guid.Parse("aaaaaaaa-0000-0000-0000-000000000003"), "paging-secret-3");
}

public sealed class CustomerListingTests(PagingFixture emulator) : IClassFixture<PagingFixture>
{
    private static readonly string ContFilter = Uri.EscapeDataString("""{"Field":"CompanyName","Value":"cont","Operator":"starts_with"}""");

    [Fact]
    public async Task Paging_with_a_size_that_does_not_divide_the_count_reaches_the_end_once()
    {
        await ResetAsync();

        var pages = await AllPagesAsync("/v1/customers?size=3");

        Assert.Equal([3, 3, 1], pages.Select(page => page.Count));
        Assert.Equal(Enumerable.Range(1, 7).Select(n => $"c3000000-0000-0000-0000-00000000000{n}"), pages.SelectMany(page => page));
    }

    [Fact]
    public async Task Filter_starts_with_ignoring_case_and_carries_across_pages()
    {
        await ResetAsync();

        var pages = await AllPagesAsync($"/v1/customers?size=3&filter={ContFilter}");

        Assert.Equal([3, 2], pages.Select(page => page.Count));
        Assert.Equal(["1", "3", "4", "6", "7"], pages.SelectMany(page => page).Select(id => id[^1..]));
    }

    [Fact]
    public async Task Filter_matching_nothing_is_an_empty_page()
    {
        var filter = Uri.EscapeDataString("""{"field":"companyName","value":"zzz","operator":"StartsWith"}""");
        using var response = await GetAsync($"/v1/customers?filter={filter}");

        var page = await EmulatorFixture.ReadJsonAsync(response);
        Assert.Equal(0, page.GetProperty("totalCount").GetInt32());
        Assert.False(page.GetProperty("links").TryGetProperty("next", out _));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""["CompanyName"]""")]
    [InlineData("""{"Field":"Email","Value":"cont","Operator":"starts_with"}""")]
    [InlineData("""{"Field":"CompanyName","Value":"cont","Operator":"contains"}""")]
    [InlineData("""{"Field":"CompanyName","Operator":"starts_with"}""")]
    public async Task Filter_malformed_is_800002_with_a_description(string filter)
    {
        using var response = await GetAsync($"/v1/customers?filter={Uri.EscapeDataString(filter)}");

        Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
    }

    [Fact]
    public async Task Continuation_token_forged_is_refused()
    {
        await ResetAsync();
        var token = await FirstNextTokenAsync("/v1/customers?size=3");
        var parts = token.Split('.');
        var forged = $"{Convert.ToBase64String("33333333333333333333333333333333|0|1|"u8.ToArray()).TrimEnd('=')}.{parts[1]}";

        foreach (var candidate in new[] { forged, "bm90LWEtdG9rZW4", $"{parts[0]}.AAAAAAAAAAAAAAAAAAAAAA" })
        {
            using var response = await NextPageAsync("/v1/customers?size=3&seekOperation=Next", candidate);
            Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
        }
    }

    [Fact]
    public async Task Continuation_token_after_the_customer_list_changed_is_stale()
    {
        await ResetAsync();
        var token = await FirstNextTokenAsync("/v1/customers?size=3");
        using (var delete = await SendAsync(HttpMethod.Delete, "/v1/customers/c3000000-0000-0000-0000-000000000002"))
        {
            Assert.Equal(204, (int)delete.StatusCode);
        }

        using var response = await NextPageAsync("/v1/customers?size=3&seekOperation=Next", token);

        Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
        Assert.Contains("stale", (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Continuation_token_of_another_filter_is_refused()
    {
        await ResetAsync();
        var token = await FirstNextTokenAsync("/v1/customers?size=3");

        using var response = await NextPageAsync($"/v1/customers?size=3&filter={ContFilter}&seekOperation=Next", token);

        Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
    }

    private async Task ResetAsync()
    {
        using var reset = await emulator.AdminAsync(HttpMethod.Post, "/reset");
        Assert.Equal(204, (int)reset.StatusCode);
    }

    /// <summary>Follows next links as a client must: the link's URI with the link's headers.</summary>
    private async Task<List<List<string>>> AllPagesAsync(string firstUri)
    {
        var pages = new List<List<string>>();
        var response = await GetAsync(firstUri);
        while (true)
        {
            var page = await EmulatorFixture.ReadJsonAsync(response);
            response.Dispose();
            pages.Add([.. page.GetProperty("items").EnumerateArray().Select(customer => customer.GetProperty("id").GetString()!)]);
            Assert.Equal(page.GetProperty("totalCount").GetInt32(), pages[^1].Count);
            if (!page.GetProperty("links").TryGetProperty("next", out var next))
            {
                return pages;
            }

            Assert.True(pages.Count < 10, "paging does not end");
            var header = next.GetProperty("headers").EnumerateArray().Single();
            response = await NextPageAsync(next.GetProperty("uri").GetString()!, header.GetProperty("value").GetString()!);
        }
    }

    private async Task<string> FirstNextTokenAsync(string uri)
    {
        using var response = await GetAsync(uri);
        return (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("continuationToken").GetString()!;
    }

    private Task<HttpResponseMessage> GetAsync(string uri) => SendAsync(HttpMethod.Get, uri);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string uri) =>
        await emulator.SendAsync(method, uri, token: await emulator.PagingTokenAsync());

    private async Task<HttpResponseMessage> NextPageAsync(string uri, string continuationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new("Bearer", await emulator.PagingTokenAsync());
        request.Headers.Add("MS-ContinuationToken", continuationToken);
        return await emulator.Http.SendAsync(request);
    }
}
