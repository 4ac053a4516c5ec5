using System;
using PartnerSandbox.Emulator.Hosting;
using PartnerSandbox.Emulator.Knobs;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

public sealed class AnswerCommandLineTests
{
    [Fact]
    public void Answer_options_are_read()
    {
        var request = CommandLine.Parse([
            "--refresh-token-reuse", "Reject", "--mfa-error-code", "10001",
            "--subscription-status-error-code", "800063", "--subscription-status-error-status", "409", "--latency", "5"]);

        Assert.Null(request.Error);
        var knobs = request.Options!.Knobs;
        Assert.Equal(RefreshTokenReuse.Reject, knobs.RefreshTokenReuse);
        Assert.Equal(10001, knobs.MfaErrorCode);
        Assert.Equal(new SubscriptionStatusErrorSettings(800063, 409), knobs.SubscriptionStatusError);
        Assert.Equal(5, knobs.Latency.FixedMs);
    }

    [Fact]
    public void Defaults_allow_reuse_and_give_the_contracts_MFA_code()
    {
        var knobs = CommandLine.Parse([]).Options!.Knobs;

        Assert.Equal(RefreshTokenReuse.Allow, knobs.RefreshTokenReuse);
        Assert.Equal(900421, knobs.MfaErrorCode);
        Assert.Equal(new SubscriptionStatusErrorSettings(800096, 400), knobs.SubscriptionStatusError);
    }

    [Fact]
    public void Help_lists_every_answer_option()
    {
        foreach (var option in new[] { "--refresh-token-reuse", "--mfa-error-code", "--subscription-status-error-code", "--subscription-status-error-status" })
        {
            Assert.True(AnswerCommandLine.Takes(option));
            Assert.Contains(option + " <", CommandLine.HelpText, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(new[] { "--refresh-token-reuse", "sometimes" }, "--refresh-token-reuse must be")]
    [InlineData(new[] { "--refresh-token-reuse", "0" }, "--refresh-token-reuse must be")]
    [InlineData(new[] { "--mfa-error-code", "800001" }, "--mfa-error-code must be")]
    [InlineData(new[] { "--subscription-status-error-code", "0" }, "--subscription-status-error-code must be")]
    [InlineData(new[] { "--subscription-status-error-status", "302" }, "--subscription-status-error-status must be")]
    [InlineData(new[] { "--mfa-error-code" }, "--mfa-error-code needs a value")]
    public void Bad_values_are_one_clear_error(string[] args, string expected)
    {
        var request = CommandLine.Parse(args);

        Assert.Null(request.Options);
        Assert.Contains(expected, request.Error, StringComparison.Ordinal);
    }
}
