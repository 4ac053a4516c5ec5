using System.Collections.Generic;
using System.Threading;

namespace PartnerSandbox.Emulator.Admin.Faults;

/// <summary>
/// The fault rules tests have set. The matching rules are asked in the order they were added; the
/// first that fires gives the fault, and a rule with no faults left is gone.
/// </summary>
internal sealed class FaultInjector
{
    private readonly Lock gate = new();
    private readonly List<FaultRule> rules = [];

    public void Add(FaultRule rule)
    {
        lock (gate)
        {
            rules.Add(rule);
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            rules.Clear();
        }
    }

    /// <returns>The fault for this request, or null to process it normally.</returns>
    public FaultRule? TryTake(FaultScope scope, string method, string pathAndQuery)
    {
        lock (gate)
        {
            foreach (var rule in rules)
            {
                if (rule.Matches(scope, method, pathAndQuery) && rule.TryFire())
                {
                    if (rule.Remaining == 0)
                    {
                        rules.Remove(rule);
                    }

                    return rule;
                }
            }

            return null;
        }
    }
}
