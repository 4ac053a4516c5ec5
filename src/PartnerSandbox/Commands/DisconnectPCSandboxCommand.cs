using System.Globalization;
using System.Management.Automation;
using PartnerSandbox.Infrastructure;

namespace PartnerSandbox.Commands
{
    /// <summary>Forgets the current connection of this session and its tokens, including a persisted token cache.</summary>
    [Cmdlet(VerbsCommunications.Disconnect, "PCSandbox")]
    [OutputType(typeof(void))]
    public sealed class DisconnectPCSandboxCommand : PCSandboxCmdlet
    {
        protected override void EndProcessing()
        {
            var connection = ConnectionStore.Current;
            if (connection is null)
            {
                WriteVerbose(Messages.NothingToDisconnect);
                return;
            }

            ConnectionStore.Current = null;
            connection.Disconnect();
            WriteVerbose(string.Format(CultureInfo.InvariantCulture, Messages.Disconnected, connection.TenantId));
        }
    }
}
