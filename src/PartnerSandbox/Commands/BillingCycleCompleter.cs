using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using PartnerSandbox.Engine;

namespace PartnerSandbox.Commands
{
    /// <summary>Tab completion for -BillingCycle: the billing cycles the contract names (other values are accepted too).</summary>
    public sealed class BillingCycleCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            Completions.Matching(wordToComplete, OrderVocabulary.BillingCycles.Select(c => (c, "orders billed " + c)));
    }
}
