using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PartnerSandbox.Infrastructure.Changes;

/// <summary>
/// What became of each item of one run, for the summary at its end: a line a person reads in the console and a
/// runbook keeps in its job history, written to the warning stream (the stream Azure Automation always keeps besides
/// output and errors) so that it adds no object to the output.
/// </summary>
internal sealed class ChangeTally
{
    private readonly object gate = new();
    private readonly string doneLabel;
    private readonly string? alreadyDoneLabel;
    private readonly SortedDictionary<string, int> refused = new();
    private readonly SortedDictionary<string, int> notSent = new();
    private readonly SortedDictionary<string, int> failed = new();
    private int done;
    private int accepted;
    private int alreadyDone;

    /// <param name="doneLabel">"cancelled", "removed".</param>
    /// <param name="alreadyDoneLabel">"already cancelled"; null for a kind of change that finds nothing done already.</param>
    public ChangeTally(string doneLabel, string? alreadyDoneLabel)
    {
        this.doneLabel = doneLabel;
        this.alreadyDoneLabel = alreadyDoneLabel;
    }

    public int Total
    {
        get
        {
            lock (gate)
            {
                return done + accepted + alreadyDone + refused.Values.Sum() + notSent.Values.Sum() + failed.Values.Sum();
            }
        }
    }

    public void Done() => Add(ref done);

    /// <summary>The service took the change but does not show it done yet.</summary>
    public void Accepted() => Add(ref accepted);

    public void AlreadyDone() => Add(ref alreadyDone);

    /// <summary>Decided here, nothing sent: too old, the subscription's to cancel, not confirmed, not a sandbox...</summary>
    public void NotSent(string reason) => Add(notSent, reason);

    /// <summary>The service answered and refused (its own reason, by error id).</summary>
    public void Refused(string errorId) => Add(refused, errorId);

    /// <summary>No usable answer: the network, throttling beyond what is waited, an outcome that could not be known.</summary>
    public void Failed(string errorId) => Add(failed, errorId);

    public string Summary(string commandName)
    {
        lock (gate)
        {
            var text = new StringBuilder();
            text.AppendFormat(CultureInfo.InvariantCulture, "{0}: {1} {2}", commandName, done, doneLabel);
            if (accepted > 0)
            {
                text.AppendFormat(CultureInfo.InvariantCulture, ", {0} accepted but not {1} yet", accepted, doneLabel);
            }

            if (alreadyDoneLabel is not null)
            {
                text.AppendFormat(CultureInfo.InvariantCulture, ", {0} {1}", alreadyDone, alreadyDoneLabel);
            }

            Append(text, "refused by Partner Center", refused);
            if (notSent.Count > 0)
            {
                Append(text, "not sent", notSent);
            }

            Append(text, "failed", failed);
            return text.Append('.').ToString();
        }
    }

    private static void Append(StringBuilder text, string what, SortedDictionary<string, int> byReason)
    {
        text.AppendFormat(CultureInfo.InvariantCulture, ", {0} {1}", byReason.Values.Sum(), what);
        if (byReason.Count > 0)
        {
            text.Append(" (").Append(string.Join(", ", byReason.Select(r => r.Key + " " + r.Value.ToString(CultureInfo.InvariantCulture)))).Append(')');
        }
    }

    private void Add(ref int counter)
    {
        lock (gate)
        {
            counter++;
        }
    }

    private void Add(SortedDictionary<string, int> byReason, string reason)
    {
        lock (gate)
        {
            byReason[reason] = byReason.TryGetValue(reason, out var count) ? count + 1 : 1;
        }
    }
}
