using System;
using PartnerSandbox.Emulator.Hosting;
using PartnerSandbox.Emulator.Knobs;
using PartnerSandbox.Emulator.Seeding;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

public sealed class ScenarioCommandLineTests
{
    [Fact]
    public void Scenario_options_are_read_in_any_order()
    {
        var request = CommandLine.Parse([
            "--generate-seed", "9", "--generate", "2x3x4", "--state", "s.json", "--latency", "10", "--latency-jitter", "5",
            "--latency-seed", "3", "--rate-limit", "off", "--rate-limit-customer", "50", "--rate-limit-window", "fixed",
            "--order-listing-delay", "900", "--window-error-code", "800061", "--window-error-status", "409", "--cancellation-delay", "30000", "--token-clock-skew", "0"]);

        Assert.Null(request.Error);
        var options = request.Options!;
        Assert.Equal(new GeneratedSeed(2, 3, 4, 9), options.Generate);
        Assert.Equal("s.json", options.StateFile);
        Assert.Equal(new LatencySettings(10, 5, 3), options.Knobs.Latency);
        Assert.Equal(new RateLimitSettings(null, 50, RateLimitWindow.Fixed), options.Knobs.RateLimits);
        Assert.Equal(TimeSpan.FromMinutes(15), options.Knobs.OrderListingDelay);
        Assert.Equal(new CancellationWindowErrorSettings(800061, 409), options.Knobs.CancellationWindowError);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Knobs.CancellationDelay);
        Assert.Equal(TimeSpan.Zero, options.Knobs.TokenClockSkew);
    }

    [Fact]
    public void Defaults_are_the_documented_rate_limit_and_nothing_else()
    {
        var options = CommandLine.Parse([]).Options!;

        Assert.Null(options.Generate);
        Assert.Null(options.StateFile);
        Assert.Equal(KnobSettings.Default, options.Knobs);
        Assert.Equal(500, options.Knobs.RateLimits.PerPartner);
        Assert.Equal(new CancellationWindowErrorSettings(900117, 400), options.Knobs.CancellationWindowError);
        Assert.Equal(TimeSpan.Zero, options.Knobs.CancellationDelay);
        Assert.Equal(TimeSpan.FromSeconds(60), options.Knobs.TokenClockSkew);
    }

    [Fact]
    public void Help_lists_every_scenario_option()
    {
        foreach (var option in new[] { "--generate", "--generate-seed", "--state", "--latency", "--latency-jitter", "--latency-seed", "--rate-limit", "--rate-limit-customer", "--rate-limit-window", "--order-listing-delay", "--window-error-code", "--window-error-status", "--cancellation-delay", "--token-clock-skew" })
        {
            Assert.True(ScenarioCommandLine.Takes(option));
            Assert.Contains(option + " <", CommandLine.HelpText, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(new[] { "--generate", "2x3" }, "--generate must be")]
    [InlineData(new[] { "--generate-seed", "x" }, "--generate-seed must be")]
    [InlineData(new[] { "--latency", "-5" }, "--latency must be")]
    [InlineData(new[] { "--latency-jitter", "soon" }, "--latency-jitter must be")]
    [InlineData(new[] { "--latency-seed", "1.5" }, "--latency-seed must be")]
    [InlineData(new[] { "--rate-limit", "0" }, "--rate-limit must be")]
    [InlineData(new[] { "--rate-limit-customer", "many" }, "--rate-limit-customer must be")]
    [InlineData(new[] { "--rate-limit-window", "rolling" }, "--rate-limit-window must be")]
    [InlineData(new[] { "--order-listing-delay", "-1" }, "--order-listing-delay must be")]
    [InlineData(new[] { "--window-error-code", "0" }, "--window-error-code must be")]
    [InlineData(new[] { "--window-error-code", "-900117" }, "--window-error-code must be")]
    [InlineData(new[] { "--window-error-status", "200" }, "--window-error-status must be")]
    [InlineData(new[] { "--window-error-status", "600" }, "--window-error-status must be")]
    [InlineData(new[] { "--window-error-code" }, "--window-error-code needs a value")]
    [InlineData(new[] { "--state" }, "--state needs a value")]
    [InlineData(new[] { "--cancellation-delay", "-1" }, "--cancellation-delay must be a whole number of milliseconds")]
    [InlineData(new[] { "--cancellation-delay" }, "--cancellation-delay needs a value")]
    [InlineData(new[] { "--token-clock-skew", "-1" }, "--token-clock-skew must be a whole number of seconds")]
    [InlineData(new[] { "--token-clock-skew", "1.5" }, "--token-clock-skew must be a whole number of seconds")]
    public void Bad_values_are_one_clear_error(string[] args, string expected)
    {
        var request = CommandLine.Parse(args);

        Assert.Null(request.Options);
        Assert.Contains(expected, request.Error, StringComparison.Ordinal);
    }
}
