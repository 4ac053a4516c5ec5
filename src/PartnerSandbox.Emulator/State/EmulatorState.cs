using System;
using System.Collections.Generic;
using System.Threading;
using PartnerSandbox.Emulator.Seeding;

namespace PartnerSandbox.Emulator.State;

/// <summary>
/// Everything the emulator knows: the partners (from seeds, the generator or a state file), the
/// virtual clock and the answers remembered for idempotent retries. In-process tests read it to
/// check what happened.
/// </summary>
public sealed class EmulatorState
{
    private readonly IReadOnlyList<SeedSource> seeds;
    private readonly VirtualClock clock;
    private volatile PartnerDirectory directory = PartnerDirectory.Empty;

    /// <summary>Loads the state file when it exists, else the seeds; first removes what interrupted saves left beside the state file.</summary>
    /// <exception cref="SeedFileException">A seed or the state file is missing or malformed.</exception>
    internal EmulatorState(IReadOnlyList<SeedSource> seeds, VirtualClock clock, string? stateFile = null)
    {
        this.seeds = seeds;
        this.clock = clock;
        StateFilePath = stateFile;
        if (stateFile is not null)
        {
            StateFile.RemoveInterruptedSaves(stateFile);
        }

        if (stateFile is not null && StateFile.TryRead(stateFile) is { } saved)
        {
            this.clock.Advance(saved.ClockAdvancedBy);
            directory = SeedLoader.Load([new SeedSource(stateFile, () => new SeedDocument(saved.Partners))], this.clock.GetUtcNow());
        }
        else
        {
            Reset();
        }
    }

    /// <summary>The emulator's "now"; see <see cref="AdvanceClock"/>.</summary>
    public TimeProvider Clock => clock;

    public IReadOnlyList<Partner> Partners => directory.Partners;

    /// <summary>Where <see cref="SaveState"/> writes, if anywhere (<c>--state</c>).</summary>
    public string? StateFilePath { get; }

    /// <summary>Serialises every read-check-change sequence (cancelling, creating, deleting, remembering answers, resetting, saving).</summary>
    internal Lock Gate { get; } = new();

    internal IdempotencyCache Idempotency { get; } = new();

    public Partner? FindPartner(Guid tenantId) => directory.FindPartner(tenantId);

    /// <summary>The partner that owns a customer, whoever asks.</summary>
    public Partner? FindCustomerOwner(Guid customerId) => directory.FindCustomerOwner(customerId);

    public Order? FindOrder(string orderId) => directory.FindOrder(orderId);

    public Subscription? FindSubscription(string subscriptionId) => directory.FindSubscription(subscriptionId);

    /// <summary>Reloads the seeds (ages relative to the clock's now; never the state file) and forgets remembered answers.</summary>
    /// <exception cref="SeedFileException">A seed file is missing or malformed; the state is then unchanged.</exception>
    public void Reset()
    {
        var directory = SeedLoader.Load(seeds, clock.GetUtcNow());
        lock (Gate)
        {
            this.directory = directory;
            Idempotency.Clear();
        }
    }

    /// <summary>Moves the virtual clock forward. Tokens issued before may expire by it.</summary>
    public void AdvanceClock(TimeSpan by) => clock.Advance(by);

    /// <summary>Writes the state file atomically.</summary>
    /// <exception cref="InvalidOperationException">No state file was configured.</exception>
    public void SaveState()
    {
        var path = StateFilePath ?? throw new InvalidOperationException("No state file was given (--state).");
        StateDocument document;
        lock (Gate)
        {
            document = StateFile.Capture(directory.Partners, clock.GetUtcNow(), clock.AdvancedBy);
        }

        StateFile.Write(path, document);
    }

    /// <summary>Called under <see cref="Gate"/> with an order id no order has yet.</summary>
    internal void AddOrder(Customer customer, Order order) => directory.AddOrder(customer, order);

    /// <summary>Called under <see cref="Gate"/>.</summary>
    internal void DeleteCustomer(Partner partner, Customer customer) => directory.RemoveCustomer(partner, customer);
}
