using System.Management.Automation;
using PartnerSandbox.Infrastructure.Connections;

namespace PartnerSandbox.Commands;

/// <summary>Shows the current connection of this session (nothing when there is none), or with -ListAvailable every open one.</summary>
[Cmdlet(VerbsCommon.Get, "PCSandboxConnection")]
[OutputType(typeof(PCSandboxConnection))]
public sealed class GetPCSandboxConnectionCommand : PCSandboxCmdlet
{
    /// <summary>Every connection of this session that Disconnect-PCSandbox has not closed, oldest first; IsCurrent marks the current one.</summary>
    [Parameter]
    public SwitchParameter ListAvailable { get; set; }

    protected override void EndProcessing()
    {
        if (ListAvailable)
        {
            WriteObject(ConnectionStore.Open, enumerateCollection: true);
        }
        else if (ConnectionStore.Current is PCSandboxConnection connection)
        {
            WriteObject(connection);
        }
    }
}
