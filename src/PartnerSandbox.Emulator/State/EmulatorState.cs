using System;
using System.Collections.Generic;
using System.Threading;
using PartnerSandbox.Emulator.Seeding;

namespace PartnerSandbox.Emulator.State;

/// <summary>
/// Everything the emulator knows: the seeded partners (reloadable), the virtual clock and the
/// answers remembered for idempotent retries. In-process tests read it to check what happened.
/// </summary>
public sealed class EmulatorState
{
    private readonly IReadOnlyList<string> _seedFiles;
    private readonly VirtualClock _clock;
    private volatile PartnerDirectory _directory = PartnerDirectory.Empty;

    internal EmulatorState(IReadOnlyList<string> seedFiles, VirtualClock clock)
    {
        _seedFiles = seedFiles;
        _clock = clock;
        Reset();
    }

    /// <summary>The emulator's "now"; see <see cref="AdvanceClock"/>.</summary>
    public TimeProvider Clock => _clock;

    public IReadOnlyList<Partner> Partners => _directory.Partners;

    /// <summary>Serialises every read-check-change sequence (cancelling, remembering answers, resetting).</summary>
    internal Lock Gate { get; } = new();

    internal IdempotencyCache Idempotency { get; } = new();

    public Partner? FindPartner(Guid tenantId) => _directory.FindPartner(tenantId);

    /// <summary>The partner that owns a customer, whoever asks.</summary>
    public Partner? FindCustomerOwner(Guid customerId) => _directory.FindCustomerOwner(customerId);

    public Order? FindOrder(string orderId) => _directory.FindOrder(orderId);

    /// <summary>Reloads the seed files from disk (ages relative to the clock's now) and forgets remembered answers.</summary>
    /// <exception cref="SeedFileException">A seed file is missing or malformed; the state is then unchanged.</exception>
    public void Reset()
    {
        var directory = SeedLoader.Load(_seedFiles, _clock.GetUtcNow());
        lock (Gate)
        {
            _directory = directory;
            Idempotency.Clear();
        }
    }

    /// <summary>Moves the virtual clock forward. Tokens issued before may expire by it.</summary>
    public void AdvanceClock(TimeSpan by) => _clock.Advance(by);
}
