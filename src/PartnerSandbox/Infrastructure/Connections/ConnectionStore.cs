using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace PartnerSandbox.Infrastructure.Connections;

/// <summary>
/// The connections of each runspace: every one Connect-PCSandbox made there and Disconnect-PCSandbox has not closed
/// (as Az.Accounts keeps its contexts), and the current one. Never process-wide: Azure Automation jobs may share a
/// process, and ForEach-Object -Parallel runspaces must not see or overwrite each other's connections.
/// </summary>
internal static class ConnectionStore
{
    private static readonly ConditionalWeakTable<Runspace, Slot> Slots = new();

    /// <summary>The current connection of the runspace running on this thread (the pipeline thread of a cmdlet).</summary>
    public static PCSandboxConnection? Current
    {
        get
        {
            var slot = Find();
            if (slot is null)
            {
                return null;
            }

            lock (slot)
            {
                // Closed from another runspace (the object was handed over): it is no one's current connection.
                return slot.Current is { IsDisconnected: false } current ? current : null;
            }
        }
    }

    /// <summary>The open connections of this runspace, oldest first.</summary>
    public static IReadOnlyList<PCSandboxConnection> Open
    {
        get
        {
            var slot = Find();
            if (slot is null)
            {
                return Array.Empty<PCSandboxConnection>();
            }

            lock (slot)
            {
                return slot.Connections.Where(c => !c.IsDisconnected).ToList();
            }
        }
    }

    /// <summary>Keeps a new connection among this runspace's and makes it the current one.</summary>
    public static void Add(PCSandboxConnection connection)
    {
        if (Runspace.DefaultRunspace is Runspace runspace)
        {
            var slot = Slots.GetOrCreateValue(runspace);
            lock (slot)
            {
                slot.Connections.Add(connection);
                slot.Current = connection;
            }
        }
    }

    /// <summary>Forgets a connection that is being closed; when it was the current one, there is none any more.</summary>
    public static void Remove(PCSandboxConnection connection)
    {
        var slot = Find();
        if (slot is null)
        {
            return;
        }

        lock (slot)
        {
            slot.Connections.Remove(connection);
            if (ReferenceEquals(slot.Current, connection))
            {
                slot.Current = null;
            }
        }
    }

    private static Slot? Find() => Runspace.DefaultRunspace is Runspace runspace && Slots.TryGetValue(runspace, out var slot) ? slot : null;

    private sealed class Slot
    {
        public List<PCSandboxConnection> Connections { get; } = new();

        public PCSandboxConnection? Current { get; set; }
    }
}
