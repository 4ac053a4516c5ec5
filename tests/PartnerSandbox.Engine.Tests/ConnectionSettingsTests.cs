using System;
using PartnerSandbox.Engine.Connections;
using Xunit;

namespace PartnerSandbox.Engine.Tests;

public class ConnectionSettingsTests
{
    [Theory]
    [InlineData(null, "https://api.partnercenter.microsoft.com/", "https://login.microsoftonline.com/")]
    [InlineData("China", "https://partner.partnercenterapi.microsoftonline.cn/", "https://login.chinacloudapi.cn/")]
    [InlineData("usgov", "https://api.partnercenter.microsoft.com/", "https://login.microsoftonline.us/")]
    [InlineData("Germany", "https://api.partnercenter.microsoft.com/", "https://login.microsoftonline.de/")]
    public void Named_environments_use_the_contract_endpoints(string? environment, string api, string authority)
    {
        var settings = ConnectionSettingsResolver.Resolve("contoso.onmicrosoft.com", environment, null, null, false);

        Assert.Equal(api, settings.ApiBaseUri.ToString());
        Assert.Equal(authority, settings.AuthorityHost.ToString());
        Assert.Equal(new Uri(authority + "contoso.onmicrosoft.com"), settings.Authority);
        Assert.False(settings.IsCustomAuthority);
    }

    [Fact]
    public void An_endpoint_alone_makes_its_origin_the_authority_host()
    {
        var settings = ConnectionSettingsResolver.Resolve("contoso.onmicrosoft.com", null, new Uri("https://127.0.0.1:7443/"), null, true);

        Assert.Equal("Custom", settings.EnvironmentName);
        Assert.Equal(new Uri("https://127.0.0.1:7443/contoso.onmicrosoft.com"), settings.Authority);
        Assert.True(settings.IsCustomAuthority);
        Assert.Equal("https://api.partnercenter.microsoft.com", settings.Audience);
    }

    [Theory]
    [InlineData("https://pc.contoso.com", null)]
    [InlineData("https://127.0.0.1:7443", "https://login.contoso.com")]
    [InlineData("https://10.0.0.5:7443", null)]
    public void Skipping_the_certificate_check_is_refused_unless_both_hosts_are_loopback(string endpoint, string? authority)
    {
        var error = Assert.Throws<ConnectionArgumentException>(() =>
            ConnectionSettingsResolver.Resolve("contoso.onmicrosoft.com", null, new Uri(endpoint), authority is null ? null : new Uri(authority), true));

        Assert.Equal(ConnectionSetting.SkipCertificateCheck, error.Setting);
        Assert.Contains("loopback", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://localhost:7443")]
    [InlineData("https://[::1]:7443")]
    [InlineData("https://127.5.6.7:7443")]
    public void Loopback_hosts_may_skip_the_certificate_check(string endpoint)
    {
        var settings = ConnectionSettingsResolver.Resolve("contoso.onmicrosoft.com", null, new Uri(endpoint), null, true);

        Assert.True(settings.SkipCertificateCheck);
    }

    [Fact]
    public void A_plain_http_endpoint_is_refused_with_the_setting_named()
    {
        var error = Assert.Throws<ConnectionArgumentException>(() => ConnectionSettingsResolver.Resolve("contoso.onmicrosoft.com", null, new Uri("http://127.0.0.1:80"), null, false));

        Assert.Equal(ConnectionSetting.Endpoint, error.Setting);
    }

    [Fact]
    public void An_unknown_environment_lists_the_known_ones()
    {
        var error = Assert.Throws<ConnectionArgumentException>(() => ConnectionSettingsResolver.Resolve("contoso.onmicrosoft.com", "Mars", null, null, false));

        Assert.Equal(ConnectionSetting.Environment, error.Setting);
        Assert.Contains("Global, China, USGov, Germany", error.Message, StringComparison.Ordinal);
    }
}
