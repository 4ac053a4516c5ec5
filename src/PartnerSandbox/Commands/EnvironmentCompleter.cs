using System;
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
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return PartnerCenterEnvironment.Known
                .Where(e => e.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(e => new CompletionResult(e.Name, e.Name, CompletionResultType.ParameterValue, e.ApiBaseUri + " (sign-in " + e.AuthorityHost + ")"));
        }
    }
}
