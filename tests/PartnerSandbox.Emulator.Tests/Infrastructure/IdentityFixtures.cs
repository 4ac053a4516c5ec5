using System;

namespace PartnerSandbox.Emulator.Tests.Infrastructure;

/// <summary>Device codes are approved only through the admin API.</summary>
public sealed class ManualDeviceCodeFixture : EmulatorFixture
{
    protected override EmulatorOptions Options => new() { SeedFiles = [TestSeed.Path], TestMode = true, DeviceCodeApprovalDelay = null };
}

/// <summary>Device codes are approved by the first user one (real) second after they are issued.</summary>
public sealed class OneSecondDeviceCodeFixture : EmulatorFixture
{
    protected override EmulatorOptions Options => new() { SeedFiles = [TestSeed.Path], TestMode = true, DeviceCodeApprovalDelay = TimeSpan.FromSeconds(1) };
}

/// <summary>Access tokens live two seconds.</summary>
public sealed class ShortTokenLifetimeFixture : EmulatorFixture
{
    protected override EmulatorOptions Options => new() { SeedFiles = [TestSeed.Path], TestMode = true, TokenLifetime = TimeSpan.FromSeconds(2) };
}
