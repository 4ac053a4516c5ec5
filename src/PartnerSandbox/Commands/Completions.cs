using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using PartnerSandbox.Engine;
using PartnerSandbox.Infrastructure.Connections;

namespace PartnerSandbox.Commands;

/// <summary>What every argument completer of the module shares: prefix matching, quoting, and what was already typed.</summary>
internal static class Completions
{
    private static readonly char[] NeedsQuotes = { ' ', '\'', '"', '$', '`', '(', ')', ';', ',' };

    /// <summary>
    /// No completions. Empty, never null: for a completer class PowerShell treats any result set, even an empty one, as
    /// the answer, while null makes it fall back to completing file names, which no parameter of this module takes.
    /// </summary>
    public static IEnumerable<CompletionResult> None => Array.Empty<CompletionResult>();

    public static IEnumerable<CompletionResult> Matching(string? wordToComplete, IEnumerable<(string Value, string ToolTip)> candidates) =>
        Matching(wordToComplete, candidates.Select(c => (c.Value, c.Value, c.ToolTip, new[] { c.Value })));

    /// <summary>Candidates that one of their <c>MatchedBy</c> texts starts with the typed word (case ignored).</summary>
    public static IEnumerable<CompletionResult> Matching(
        string? wordToComplete, IEnumerable<(string Value, string ListItem, string ToolTip, string[] MatchedBy)> candidates)
    {
        var prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
        return candidates
            .Where(c => c.MatchedBy.Any(text => text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .Select(c => new CompletionResult(Quote(c.Value), c.ListItem, CompletionResultType.ParameterValue, c.ToolTip));
    }

    /// <summary>The connection the command being typed would use: its -Connection, else the session's current one.</summary>
    public static PCSandboxConnection? ConnectionOf(IDictionary? fakeBoundParameters) =>
        Unwrap(fakeBoundParameters?["Connection"]) as PCSandboxConnection ?? ConnectionStore.Current;

    /// <summary>The customer ids already typed for -CustomerId (one or several), those that are customer ids at all.</summary>
    public static IReadOnlyList<string> CustomerIdsOf(IDictionary? fakeBoundParameters)
    {
        var value = Unwrap(fakeBoundParameters?["CustomerId"]);
        var values = value is string || value is not IEnumerable ? new[] { value } : ((IEnumerable)value).Cast<object?>().Select(Unwrap);
        return values.Select(v => v?.ToString()).OfType<string>().Where(id => ResourceIds.WhyNotCustomerId(id) is null).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

    private static string Quote(string value) =>
        value.IndexOfAny(NeedsQuotes) < 0 ? value : "'" + value.Replace("'", "''") + "'";
}
