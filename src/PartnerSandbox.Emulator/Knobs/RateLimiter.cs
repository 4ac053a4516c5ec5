using System;
using System.Collections.Generic;
using System.Threading;

namespace PartnerSandbox.Emulator.Knobs;

/// <summary>
/// The rate-limit knob: counts throttled-route requests per partner and per partner and customer,
/// by the virtual clock (so tests move time instead of waiting). Throttled requests are not
/// counted. Windows start afresh when the knobs change or the emulator is reset.
/// </summary>
internal sealed class RateLimiter
{
    private readonly Lock gate = new();
    private readonly Dictionary<(Guid Partner, Guid Customer), RequestWindow> windows = [];
    private readonly EmulatorKnobs knobs;
    private readonly TimeProvider clock;

    public RateLimiter(EmulatorKnobs knobs, TimeProvider clock)
    {
        this.knobs = knobs;
        this.clock = clock;
        knobs.Changed += Clear;
    }

    /// <returns>Null when the request may go on, else the whole seconds until a slot frees (at least 1).</returns>
    public int? TryAdmit(Guid partnerTenantId, Guid? customerId)
    {
        var limits = knobs.Current.RateLimits;
        if (limits.IsOff)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        lock (gate)
        {
            // The whole partner is keyed with an empty customer id.
            var partnerWindow = limits.PerPartner is null ? null : Window((partnerTenantId, Guid.Empty), limits.Window);
            var customerWindow = limits.PerPartnerCustomer is null || customerId is not { } customer ? null : Window((partnerTenantId, customer), limits.Window);
            var wait = TimeSpan.Zero;
            if (partnerWindow is not null && limits.PerPartner is { } partnerLimit)
            {
                wait = partnerWindow.WaitBeforeNext(now, partnerLimit);
            }

            if (customerWindow is not null && limits.PerPartnerCustomer is { } customerLimit)
            {
                var customerWait = customerWindow.WaitBeforeNext(now, customerLimit);
                wait = customerWait > wait ? customerWait : wait;
            }

            if (wait > TimeSpan.Zero)
            {
                return Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            }

            partnerWindow?.Admit(now);
            customerWindow?.Admit(now);
            return null;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            windows.Clear();
        }
    }

    private RequestWindow Window((Guid, Guid) key, RateLimitWindow kind)
    {
        if (!windows.TryGetValue(key, out var window))
        {
            window = new RequestWindow(kind);
            windows[key] = window;
        }

        return window;
    }
}
