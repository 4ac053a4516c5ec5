using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using PartnerSandbox.Engine.Connections;

namespace PartnerSandbox.Commands
{
    /// <summary>Tab completion for -Environment, from the engine's list of clouds (the one source of their names).</summary>
    public sealed class EnvironmentCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            Completions.Matching(wordToComplete, PartnerCenterEnvironment.Known.Select(e => (e.Name, e.ApiBaseUri + " (sign-in " + e.AuthorityHost + ")")));
    }
}
