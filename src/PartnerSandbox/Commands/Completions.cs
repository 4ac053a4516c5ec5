using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace PartnerSandbox.Commands
{
    /// <summary>What every argument completer of the module shares: prefix matching and quoting.</summary>
    internal static class Completions
    {
        private static readonly char[] NeedsQuotes = { ' ', '\'', '"', '$', '`', '(', ')', ';', ',' };

        public static IEnumerable<CompletionResult> Matching(string? wordToComplete, IEnumerable<(string Value, string ToolTip)> candidates)
        {
            var prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return candidates
                .Where(c => c.Value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(c => new CompletionResult(Quote(c.Value), c.Value, CompletionResultType.ParameterValue, c.ToolTip));
        }

        private static string Quote(string value) =>
            value.IndexOfAny(NeedsQuotes) < 0 ? value : "'" + value.Replace("'", "''") + "'";
    }
}
