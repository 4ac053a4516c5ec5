using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Connections;
using PartnerSandbox.Engine.Http;

namespace PartnerSandbox.Engine.Tests;

/// <summary>
/// Sessions over a scripted transport, with a retry policy that records its waits instead of sleeping: its clock moves
/// by each wait, so the throttle gate sees the time a retry waited pass.
/// </summary>
internal static class SessionFactory
{
    public static PartnerCenterSession Create(
        ScriptedTransport transport, List<TimeSpan> waits, int maxAttempts = 4, TimeSpan? attemptTimeout = null, long maxAnswerBytes = PartnerCenterSession.MaxAnswerBytes)
    {
        var clock = new ManualClock(autoAdvance: true);
        var policy = new RetryPolicy
        {
            MaxAttempts = maxAttempts,
            AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(100),
            NextJitter = () => 0.5,
            Delay = (wait, token) =>
            {
                waits.Add(wait);
                return clock.Delay(wait, token);
            },
            Now = clock.Now,
        };
        return Create(transport, policy, maxAnswerBytes);
    }

    /// <summary>A session over <paramref name="transport"/> with the given retry policy (and so its clock).</summary>
    public static PartnerCenterSession Create(ScriptedTransport transport, RetryPolicy policy, long maxAnswerBytes = PartnerCenterSession.MaxAnswerBytes)
    {
        var settings = ConnectionSettingsResolver.Resolve("11111111-1111-1111-1111-111111111111", null, new Uri("https://127.0.0.1:5999"), null, false);
        return new PartnerCenterSession(settings, "client", new FixedTokenProvider(), transport, policy, "PartnerSandbox/9.9.9", maxAnswerBytes);
    }
}
