using System.Management.Automation;
using PartnerSandbox.Infrastructure;

namespace PartnerSandbox.Commands
{
    /// <summary>Shows the current connection of this session (nothing when there is none).</summary>
    [Cmdlet(VerbsCommon.Get, "PCSandboxConnection")]
    [OutputType(typeof(PCSandboxConnection))]
    public sealed class GetPCSandboxConnectionCommand : PCSandboxCmdlet
    {
        protected override void EndProcessing()
        {
            if (ConnectionStore.Current is PCSandboxConnection connection)
            {
                WriteObject(connection);
            }
        }
    }
}
