using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using PartnerSandbox.Engine;

namespace PartnerSandbox.Commands
{
    /// <summary>Tab completion for -Status: the order statuses the contract names (other values are accepted too).</summary>
    public sealed class StatusCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            Completions.Matching(wordToComplete, OrderVocabulary.Statuses.Select(s => (s, "orders whose status is " + s)));
    }
}
