using System.Globalization;
using System.Management.Automation;
using PartnerSandbox.Infrastructure.Connections;

namespace PartnerSandbox.Commands;

/// <summary>
/// Closes a connection and forgets its tokens, including a persisted token cache: the current one of this session,
/// or those given with -Connection or piped (Get-PCSandboxConnection -ListAvailable | Disconnect-PCSandbox).
/// </summary>
[Cmdlet(VerbsCommunications.Disconnect, "PCSandbox")]
[OutputType(typeof(PCSandboxConnection))]
public sealed class DisconnectPCSandboxCommand : PCSandboxCmdlet
{
    /// <summary>The connection to close instead of the current one.</summary>
    [Parameter(ValueFromPipeline = true)]
    [ValidateNotNull]
    public PCSandboxConnection? Connection { get; set; }

    /// <summary>Write each connection this command closed.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    // Runs once without pipeline input (for -Connection or the current connection), else once per piped connection.
    protected override void ProcessRecord()
    {
        var connection = Connection ?? ConnectionStore.Current;
        if (connection is null)
        {
            WriteVerboseMessage(Messages.NothingToDisconnect);
            return;
        }

        ConnectionStore.Remove(connection);
        if (connection.IsDisconnected)
        {
            WriteVerboseMessage(string.Format(CultureInfo.InvariantCulture, Messages.AlreadyDisconnected, connection.TenantId));
            return;
        }

        connection.Disconnect();
        WriteVerboseMessage(string.Format(CultureInfo.InvariantCulture, Messages.Disconnected, connection.TenantId));
        if (PassThru)
        {
            WriteObject(connection);
        }
    }
}
