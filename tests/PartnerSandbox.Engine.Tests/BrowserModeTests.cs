using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Authentication;
using PartnerSandbox.Engine.Connections;
using Xunit;

namespace PartnerSandbox.Engine.Tests;

public class BrowserModeTests
{
    private static BrowserEnvironment Environment(OSPlatform platform, bool interactive, params (string Name, string Value)[] variables)
    {
        var values = new Dictionary<string, string>();
        foreach (var (name, value) in variables)
        {
            values[name] = value;
        }

        return new BrowserEnvironment(name => values.TryGetValue(name, out var v) ? v : null, p => p == platform, interactive);
    }

    [Fact]
    public void Desktops_can_open_a_browser()
    {
        Assert.True(Environment(OSPlatform.Windows, true).CanOpenBrowser);
        Assert.True(Environment(OSPlatform.OSX, true).CanOpenBrowser);
        Assert.True(Environment(OSPlatform.Linux, true, ("DISPLAY", ":0")).CanOpenBrowser);
        Assert.True(Environment(OSPlatform.Linux, true, ("WAYLAND_DISPLAY", "wayland-0")).CanOpenBrowser);
        Assert.True(Environment(OSPlatform.Linux, true, ("BROWSER", "w3m")).CanOpenBrowser);
    }

    [Fact]
    public void A_headless_linux_or_a_non_interactive_session_cannot()
    {
        Assert.False(Environment(OSPlatform.Linux, true).CanOpenBrowser);
        Assert.False(Environment(OSPlatform.Windows, false).CanOpenBrowser);
    }

    [Fact]
    public async Task Without_a_browser_the_interactive_mode_fails_as_browser_unavailable_before_any_request()
    {
        var transport = new ScriptedTransport();
        var settings = ConnectionSettingsResolver.Resolve("contoso.onmicrosoft.com", null, null, null, false);
        var signIn = SignInRequest.Interactive("00000000-0000-0000-0000-0000000000c1", Environment(OSPlatform.Linux, true), persistCache: false);

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => SignInWith(settings, signIn, transport));

        Assert.Equal(PartnerCenterFailure.BrowserUnavailable, error.Failure);
        Assert.Null(error.ServiceCode);
        Assert.Contains("Cannot open a browser to sign in to tenant contoso.onmicrosoft.com here", error.Message, StringComparison.Ordinal);
        Assert.Empty(transport.Received);
    }

    [Fact]
    public void The_interactive_mode_asks_for_the_delegated_scope_of_the_environment()
    {
        var settings = ConnectionSettingsResolver.Resolve("contoso.onmicrosoft.com", "China", null, null, false);
        using var provider = (InteractiveTokenProvider)SignInRequest.Interactive("c1", Environment(OSPlatform.Windows, true), persistCache: false).CreateProvider(settings, new ScriptedTransport());

        Assert.Equal("Interactive", provider.SignInKind);
        Assert.Equal("https://partner.partnercenterapi.microsoftonline.cn/user_impersonation", Assert.Single(provider.RequestedScopes));
    }

    private static async Task SignInWith(ConnectionSettings settings, SignInRequest signIn, ScriptedTransport transport)
    {
        using var provider = signIn.CreateProvider(settings, transport);
        await provider.GetTokenAsync(false, CancellationToken.None);
    }
}
