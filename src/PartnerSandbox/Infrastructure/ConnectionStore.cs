using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace PartnerSandbox.Infrastructure
{
    /// <summary>
    /// The current connection of each runspace. Never process-wide: Azure Automation jobs may share a process, and
    /// ForEach-Object -Parallel runspaces must not see or overwrite each other's connection.
    /// </summary>
    internal static class ConnectionStore
    {
        private static readonly ConditionalWeakTable<Runspace, Slot> Slots = new();

        /// <summary>The connection of the runspace running on this thread (the pipeline thread of a cmdlet).</summary>
        public static PCSandboxConnection? Current
        {
            get => Runspace.DefaultRunspace is Runspace runspace && Slots.TryGetValue(runspace, out var slot) ? slot.Connection : null;
            set
            {
                if (Runspace.DefaultRunspace is Runspace runspace)
                {
                    Slots.GetOrCreateValue(runspace).Connection = value;
                }
            }
        }

        private sealed class Slot
        {
            public PCSandboxConnection? Connection { get; set; }
        }
    }
}
