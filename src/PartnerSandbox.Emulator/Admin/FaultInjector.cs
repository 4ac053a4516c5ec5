using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace PartnerSandbox.Emulator.Admin;

/// <summary>The fault rules tests have set; the first matching rule with faults left is used up first.</summary>
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
    public FaultRule? TryTake(string method, string pathAndQuery)
    {
        lock (_gate)
        {
            var rule = _rules.FirstOrDefault(candidate => candidate.Matches(method, pathAndQuery));
            if (rule is null)
            {
                return null;
            }

            rule.Consume();
            if (rule.Remaining == 0)
            {
                _rules.Remove(rule);
            }

            return rule;
        }
    }
}
