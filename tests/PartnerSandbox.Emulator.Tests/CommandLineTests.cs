using System;
using PartnerSandbox.Emulator.Hosting;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void All_options_are_read()
    {
        var request = CommandLine.Parse(["--port", "5055", "--seed", "a.json", "--test-mode", "--seed", "b.json", "--token-lifetime", "90", "--identity-port", "5056"]);

        Assert.Null(request.Error);
        var options = request.Options!;
        Assert.Equal(5055, options.Port);
        Assert.Equal(5056, options.IdentityPort);
        Assert.Equal(["a.json", "b.json"], options.SeedFiles);
        Assert.True(options.TestMode);
        Assert.Equal(TimeSpan.FromSeconds(90), options.TokenLifetime);
    }

    [Fact]
    public void No_options_mean_a_free_port_and_defaults()
    {
        var options = CommandLine.Parse([]).Options!;

        Assert.Equal(0, options.Port);
        Assert.Equal(0, options.IdentityPort);
        Assert.Empty(options.SeedFiles);
        Assert.False(options.TestMode);
        Assert.Equal(TimeSpan.FromHours(1), options.TokenLifetime);
    }

    [Fact]
    public void Help_lists_every_option()
    {
        Assert.True(CommandLine.Parse(["--help"]).ShowHelp);
        foreach (var option in new[] { "--port", "--identity-port", "--seed", "--test-mode", "--token-lifetime", "--help" })
        {
            Assert.Contains(option, CommandLine.HelpText, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(new[] { "--bogus" }, "unknown option '--bogus'")]
    [InlineData(new[] { "--port" }, "--port needs a value")]
    [InlineData(new[] { "--port", "70000" }, "--port must be")]
    [InlineData(new[] { "--port", "-1" }, "--port must be")]
    [InlineData(new[] { "--identity-port", "65536" }, "--identity-port must be")]
    [InlineData(new[] { "--identity-port" }, "--identity-port needs a value")]
    [InlineData(new[] { "--token-lifetime", "0" }, "--token-lifetime must be")]
    [InlineData(new[] { "--seed" }, "--seed needs a value")]
    public void Bad_arguments_are_one_clear_error(string[] args, string expected)
    {
        var request = CommandLine.Parse(args);

        Assert.Null(request.Options);
        Assert.Contains(expected, request.Error, StringComparison.Ordinal);
    }
}
