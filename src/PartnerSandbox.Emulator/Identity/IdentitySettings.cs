using System;
using System.Threading;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>Identity knobs that tests may change while the emulator runs (admin <c>POST /_emulator/identity</c>).</summary>
internal sealed class IdentitySettings(TimeSpan? deviceCodeApprovalDelay)
{
    private const long Manual = -1;

    private long approvalDelayTicks = deviceCodeApprovalDelay?.Ticks ?? Manual;

    /// <summary>
    /// How long after it was issued a device code counts as approved by the partner's first user (with MFA),
    /// by the virtual clock; null: only the admin API approves.
    /// </summary>
    public TimeSpan? DeviceCodeApprovalDelay
    {
        get => Interlocked.Read(ref approvalDelayTicks) is var ticks and not Manual ? TimeSpan.FromTicks(ticks) : null;
        set => Interlocked.Exchange(ref approvalDelayTicks, value?.Ticks ?? Manual);
    }
}
