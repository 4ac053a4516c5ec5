using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PartnerSandbox.Infrastructure
{
    /// <summary>
    /// What became of each order of one Stop-PCSandboxOrder run, for the summary at its end: a line a person reads in
    /// the console and a runbook keeps in its job history, written to the warning stream (the stream Azure Automation
    /// always keeps besides output and errors) so that it adds no object to the output.
    /// </summary>
    internal sealed class CancellationTally
    {
        private readonly object gate = new();
        private readonly SortedDictionary<string, int> refused = new();
        private readonly SortedDictionary<string, int> notSent = new();
        private readonly SortedDictionary<string, int> failed = new();
        private int cancelled;
        private int accepted;
        private int alreadyCancelled;

        public int Total
        {
            get
            {
                lock (gate)
                {
                    return cancelled + accepted + alreadyCancelled + refused.Values.Sum() + notSent.Values.Sum() + failed.Values.Sum();
                }
            }
        }

        public void Cancelled() => Add(ref cancelled);

        /// <summary>The service took the cancellation but does not show the order cancelled yet.</summary>
        public void Accepted() => Add(ref accepted);

        public void AlreadyCancelled() => Add(ref alreadyCancelled);

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
                text.AppendFormat(CultureInfo.InvariantCulture, "{0}: {1} cancelled", commandName, cancelled);
                if (accepted > 0)
                {
                    text.AppendFormat(CultureInfo.InvariantCulture, ", {0} accepted but not cancelled yet", accepted);
                }

                text.AppendFormat(CultureInfo.InvariantCulture, ", {0} already cancelled", alreadyCancelled);
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
}
