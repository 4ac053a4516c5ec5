using System.Collections.Generic;
using System.Threading;

namespace PartnerSandbox.Emulator.Admin.Faults;

/// <summary>
/// The fault rules tests have set. The matching rules are asked in the order they were added; the
/// first that fires gives the fault, and a rule with no faults left is gone.
/// </summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<FaultRule> _rules = [];

    public void Add(FaultRule rule)
    {
        lock (_gate)
        {
            _rules.Add(rule);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <returns>The fault for this request, or null to process it normally.</returns>
    public FaultRule? TryTake(FaultScope scope, string method, string pathAndQuery)
    {
        lock (_gate)
        {
            foreach (var rule in _rules)
            {
                if (rule.Matches(scope, method, pathAndQuery) && rule.TryFire())
                {
                    if (rule.Remaining == 0)
                    {
                        _rules.Remove(rule);
                    }

                    return rule;
                }
            }

            return null;
        }
    }
}
