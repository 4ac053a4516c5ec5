using System;
using System.Linq;
using System.Text.Json;
using PartnerSandbox.Emulator.Seeding;
using PartnerSandbox.Emulator.State;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

public sealed class SeedGeneratorTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Same_numbers_give_identical_JSON()
    {
        Assert.Equal(Json(new GeneratedSeed(2, 5, 4, 42)), Json(new GeneratedSeed(2, 5, 4, 42)));
    }

    [Fact]
    public void Another_seed_number_gives_other_data()
    {
        Assert.NotEqual(Json(new GeneratedSeed(2, 5, 4, 42)), Json(new GeneratedSeed(2, 5, 4, 43)));
    }

    [Fact]
    public void The_generated_seed_loads_with_the_asked_counts_and_a_mix_of_products_ages_and_statuses()
    {
        var directory = SeedLoader.Load([SeedSource.Generated(new GeneratedSeed(3, 20, 10, 1))], Now);

        Assert.Equal(3, directory.Partners.Count);
        Assert.All(directory.Partners, partner => Assert.Equal(PartnerKind.Sandbox, partner.Kind));
        Assert.All(directory.Partners, partner => Assert.False(string.IsNullOrEmpty(partner.Applications.Single().ClientSecret)));
        var orders = directory.Partners.SelectMany(partner => partner.Customers).SelectMany(customer => customer.Orders).ToList();
        Assert.Equal(600, orders.Count);
        Assert.Equal(Enum.GetValues<ProductType>().Length, orders.Select(order => order.ProductType).Distinct().Count());
        Assert.Contains(orders, order => Now - order.CreationDate > TimeSpan.FromDays(60));
        Assert.Contains(orders, order => Now - order.CreationDate < TimeSpan.FromDays(60));
        Assert.Contains(orders, order => order.IsCancelled);
        Assert.Contains(orders, order => order.Status == OrderStatus.Completed);
    }

    [Theory]
    [InlineData("1x2x3", true)]
    [InlineData("10X75X40", true)]
    [InlineData("1x0x0", true)]
    [InlineData("0x2x3", false)]
    [InlineData("1x2", false)]
    [InlineData("axbxc", false)]
    [InlineData("100x1000x1000", false)]
    public void Spec_is_read_from_px_cx_o(string text, bool valid)
    {
        Assert.Equal(valid, GeneratedSeed.TryParse(text, 1, out _));
    }

    private static string Json(GeneratedSeed spec) => JsonSerializer.Serialize(SeedGenerator.Generate(spec), SeedJson.Options);
}
