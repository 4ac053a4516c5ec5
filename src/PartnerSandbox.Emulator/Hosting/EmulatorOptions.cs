using System;
using System.Collections.Generic;

namespace PartnerSandbox.Emulator;

/// <summary>How to start an <see cref="EmulatorServer"/>.</summary>
public sealed class EmulatorOptions
{
    /// <summary>The loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Seed files (docs/emulator.md), loaded in order; reloaded by the admin reset.</summary>
    public IReadOnlyList<string> SeedFiles { get; init; } = [];

    /// <summary>Enables the admin API under <c>/_emulator</c> (faults, request log, reset, clock).</summary>
    public bool TestMode { get; init; }

    /// <summary>How long issued access tokens live.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Write ASP.NET Core's warnings and errors to stderr (the command line does; in-process tests need not).</summary>
    public bool LogToConsole { get; init; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535);
        ArgumentOutOfRangeException.ThrowIfLessThan(TokenLifetime, TimeSpan.FromSeconds(1));
        ArgumentNullException.ThrowIfNull(SeedFiles);
    }
}
