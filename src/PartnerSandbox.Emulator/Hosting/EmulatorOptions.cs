using System;
using System.Collections.Generic;
using PartnerSandbox.Emulator.Knobs;
using PartnerSandbox.Emulator.Seeding;

namespace PartnerSandbox.Emulator;

/// <summary>How to start an <see cref="EmulatorServer"/>.</summary>
public sealed class EmulatorOptions
{
    /// <summary>The loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The loopback port of the plain-HTTP managed-identity endpoint (what <c>IDENTITY_ENDPOINT</c> names); 0 picks a free one.</summary>
    public int IdentityPort { get; init; }

    /// <summary>Seed files (docs/emulator.md) or names of built-in seeds (<c>demo</c>), loaded in order; reloaded by the admin reset.</summary>
    public IReadOnlyList<string> SeedFiles { get; init; } = [];

    /// <summary>Enables the admin API under <c>/_emulator</c> (faults, request log, reset, clock).</summary>
    public bool TestMode { get; init; }

    /// <summary>How long issued access tokens live.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long after it is issued a device code counts as approved by the partner's first user (with MFA),
    /// by the virtual clock; null: never by itself, only through the admin API. Default 3 seconds.
    /// </summary>
    public TimeSpan? DeviceCodeApprovalDelay { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>A generated seed (<c>--generate</c>), loaded after <see cref="SeedFiles"/>; null: none.</summary>
    public GeneratedSeed? Generate { get; init; }

    /// <summary>
    /// The state file (<c>--state</c>): loaded at start instead of the seeds when it exists, written
    /// on stop and by <c>POST /_emulator/state/save</c>. Null: none.
    /// </summary>
    public string? StateFile { get; init; }

    /// <summary>Latency, rate limits and the order-listing delay at start; test mode can change them at run time.</summary>
    public KnobSettings Knobs { get; init; } = KnobSettings.Default;

    /// <summary>Write ASP.NET Core's warnings and errors to stderr (the command line does; in-process tests need not).</summary>
    public bool LogToConsole { get; init; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535);
        ArgumentOutOfRangeException.ThrowIfNegative(IdentityPort);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(IdentityPort, 65535);
        ArgumentOutOfRangeException.ThrowIfLessThan(TokenLifetime, TimeSpan.FromSeconds(1));
        ArgumentOutOfRangeException.ThrowIfLessThan(DeviceCodeApprovalDelay ?? TimeSpan.Zero, TimeSpan.Zero, nameof(DeviceCodeApprovalDelay));
        ArgumentNullException.ThrowIfNull(SeedFiles);
        ArgumentNullException.ThrowIfNull(Knobs);
        Knobs.Validate();
    }
}
