using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using PartnerSandbox.Engine;
using PartnerSandbox.Engine.Connections;

namespace PartnerSandbox.Commands;

/// <summary>Tab completion from a fixed list of values, each with a tooltip.</summary>
public abstract class ValueListCompleter : IArgumentCompleter
{
    protected abstract IEnumerable<(string Value, string ToolTip)> Candidates { get; }

    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completions.Matching(wordToComplete, Candidates);
}

/// <summary>-Environment: the engine's list of clouds (the one source of their names); a closed one says so.</summary>
public sealed class EnvironmentCompleter : ValueListCompleter
{
    protected override IEnumerable<(string Value, string ToolTip)> Candidates =>
        PartnerCenterEnvironment.Known.Select(e => (
            e.Name,
            e.ClosedOn is DateTime closed
                ? string.Format(CultureInfo.InvariantCulture, Messages.CloudClosedToolTip, closed)
                : e.ApiBaseUri + " (sign-in " + e.AuthorityHost + ")"));
}

/// <summary>-Status: the order statuses the contract names (other values are accepted too).</summary>
public sealed class StatusCompleter : ValueListCompleter
{
    protected override IEnumerable<(string Value, string ToolTip)> Candidates => OrderVocabulary.Statuses.Select(s => (s, "orders whose status is " + s));
}

/// <summary>-BillingCycle: the billing cycles the contract names (other values are accepted too).</summary>
public sealed class BillingCycleCompleter : ValueListCompleter
{
    protected override IEnumerable<(string Value, string ToolTip)> Candidates => OrderVocabulary.BillingCycles.Select(c => (c, "orders billed " + c));
}
