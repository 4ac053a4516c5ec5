using System;
using System.IO;
using System.Linq;
using PartnerSandbox.Emulator.Hosting;
using PartnerSandbox.Emulator.Seeding;
using PartnerSandbox.Emulator.State;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>The seeds of tests/seeds/ travel inside the emulator and load by name, as the files load by path.</summary>
public sealed class BuiltInSeedTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    // The test project copies tests/seeds/*.json here; the emulator embeds the same files.
    private static readonly string SeedFolder = Path.Combine(AppContext.BaseDirectory, "seeds");

    public static TheoryData<string> SeedFileNames() =>
        [.. Directory.GetFiles(SeedFolder, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>()];

    [Fact]
    public void The_built_in_seeds_are_the_files_of_tests_seeds()
    {
        var files = Directory.GetFiles(SeedFolder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.NotEmpty(BuiltInSeeds.Names);
        Assert.Equal(files, BuiltInSeeds.Names);
    }

    [Theory]
    [MemberData(nameof(SeedFileNames))]
    public void By_name_loads_what_the_file_loads(string name)
    {
        var builtIn = SeedLoader.Load([SeedSource.FromArgument(name)], Now);
        var file = SeedLoader.Load([Path.Combine(SeedFolder, name + ".json")], Now);

        Assert.Equal(Describe(file), Describe(builtIn));
    }

    [Fact]
    public void A_path_is_still_a_file_and_an_unknown_name_says_which_seeds_are_built_in()
    {
        Assert.Equal(TestSeedPath, SeedSource.FromArgument(TestSeedPath).Name);

        var failure = Assert.Throws<SeedFileException>(() => SeedLoader.Load([SeedSource.FromArgument("dmeo")], Now));

        Assert.Equal("dmeo", failure.Path);
        Assert.Contains($"The built-in seeds, given by name, are {string.Join(", ", BuiltInSeeds.Names)}.", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_every_built_in_seed_with_what_it_is_for()
    {
        foreach (var name in BuiltInSeeds.Names)
        {
            var summary = BuiltInSeeds.Summary(name);
            Assert.False(string.IsNullOrWhiteSpace(summary), $"{name}.json needs an '_about' that says what it is for.");
            Assert.Contains($"  {name} ", CommandLine.HelpText, StringComparison.Ordinal);
            Assert.Contains(summary, CommandLine.HelpText, StringComparison.Ordinal);
        }
    }

    private static string TestSeedPath => Path.Combine(SeedFolder, "test.json");

    private static string[] Describe(PartnerDirectory directory) =>
    [
        .. directory.Partners.SelectMany(partner => partner.Customers.SelectMany(customer => customer.Orders.Select(order =>
            $"{partner.TenantId} {partner.Kind} {customer.Id} {customer.CompanyName} {order.Id} {order.Status} {order.CreationDate:O} {order.LineItems.Count}"))),
        .. directory.Partners.SelectMany(partner => partner.Applications.Select(app => $"{partner.TenantId} {app.ClientId} {app.ClientSecret}")),
    ];
}
