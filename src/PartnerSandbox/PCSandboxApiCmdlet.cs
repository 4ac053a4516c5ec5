using System.Management.Automation;
using PartnerSandbox.Infrastructure;

namespace PartnerSandbox
{
    /// <summary>The base of the cmdlets that call Partner Center: they take -Connection, or use the runspace's current one.</summary>
    public abstract class PCSandboxApiCmdlet : PCSandboxCmdlet
    {
        /// <summary>The connection to use instead of the current one of this session (from Connect-PCSandbox).</summary>
        [Parameter]
        [ValidateNotNull]
        public PCSandboxConnection? Connection { get; set; }

        /// <summary>The connection this invocation uses; throws the terminating NotConnected error when there is none.</summary>
        internal PCSandboxConnection ActiveConnection
        {
            get
            {
                var connection = Connection ?? ConnectionStore.Current;
                if (connection is null)
                {
                    ThrowNotConnected();
                }

                return connection!;
            }
        }
    }
}
