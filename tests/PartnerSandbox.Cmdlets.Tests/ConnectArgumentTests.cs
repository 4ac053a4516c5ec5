using System;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Xunit;

namespace PartnerSandbox.Cmdlets.Tests;

/// <summary>Connect-PCSandbox's arguments that the engine refuses: the error names the cmdlet's parameter, which the engine does not know.</summary>
public sealed class ConnectArgumentTests : IDisposable
{
    private const string Common = "-TenantId contoso.onmicrosoft.com -ClientId 11111111-2222-3333-4444-555555555555 -ClientSecret (ConvertTo-SecureString 'not-a-secret' -AsPlainText -Force)";
    private readonly Runspace runspace;

    public ConnectArgumentTests()
    {
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule(typeof(Commands.ConnectPCSandboxCommand).Assembly.Location);
        runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
    }

    public void Dispose() => runspace.Dispose();

    [Theory]
    [InlineData("-Endpoint http://127.0.0.1:80", "-Endpoint: 'http://127.0.0.1/' does not use https.", "Correct the value of -Endpoint")]
    [InlineData("-Endpoint https://pc.contoso.com -SkipCertificateCheck", "-SkipCertificateCheck: The certificate check may be skipped only when", "without -SkipCertificateCheck")]
    [InlineData("-Environment Mars", "-Environment: 'Mars' is not a known Partner Center environment.", "Correct the value of -Environment")]
    public void A_setting_the_engine_refuses_is_an_error_that_names_the_parameter(string arguments, string messageStart, string action)
    {
        var error = ConnectFailure(Common + " " + arguments);

        Assert.Equal("InvalidArgument,PartnerSandbox.Commands.ConnectPCSandboxCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.StartsWith(messageStart, error.ErrorDetails.Message, StringComparison.Ordinal);
        Assert.Contains(action, error.ErrorDetails.RecommendedAction, StringComparison.Ordinal);
    }

    [Fact]
    public void An_identity_client_id_that_is_not_a_GUID_names_the_parameter_and_the_system_assigned_way()
    {
        var error = ConnectFailure("-TenantId contoso.onmicrosoft.com -ClientId 11111111-2222-3333-4444-555555555555 -Identity -IdentityClientId cleanup-runner");

        Assert.StartsWith("-IdentityClientId: 'cleanup-runner' is not a GUID", error.ErrorDetails.Message, StringComparison.Ordinal);
        Assert.Contains("leave -IdentityClientId out for the system-assigned one", error.ErrorDetails.RecommendedAction, StringComparison.Ordinal);
    }

    private ErrorRecord ConnectFailure(string arguments)
    {
        using var shell = PowerShell.Create(runspace);
        shell.AddScript("try { Connect-PCSandbox " + arguments + " -ErrorAction Stop } catch { $_ }");
        return Assert.IsType<ErrorRecord>(shell.Invoke().Single().BaseObject);
    }
}
