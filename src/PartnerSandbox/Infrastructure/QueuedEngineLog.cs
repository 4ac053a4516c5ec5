using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using PartnerSandbox.Engine;

namespace PartnerSandbox.Infrastructure
{
    /// <summary>
    /// Collects the engine's messages from any thread and hands them to the pipeline thread, the only thread on which a
    /// cmdlet may call Write*.
    /// </summary>
    internal sealed class QueuedEngineLog : IEngineLog, IDisposable
    {
        private readonly BlockingCollection<(char Stream, string Message)> queue = new();
        private readonly object gate = new();
        private bool completed;

        public void Verbose(string message) => Add('V', message);

        public void Debug(string message) => Add('D', message);

        public void Warning(string message) => Add('W', message);

        public void Complete()
        {
            lock (gate)
            {
                completed = true;
                queue.CompleteAdding();
            }
        }

        /// <summary>Writes every message as it arrives, until <see cref="Complete"/> is called. Call on the pipeline thread.</summary>
        public void DrainTo(Cmdlet cmdlet)
        {
            foreach (var (stream, message) in queue.GetConsumingEnumerable())
            {
                switch (stream)
                {
                    case 'V':
                        cmdlet.WriteVerbose(message);
                        break;
                    case 'D':
                        cmdlet.WriteDebug(message);
                        break;
                    default:
                        cmdlet.WriteWarning(message);
                        break;
                }
            }
        }

        public void Dispose()
        {
            lock (gate)
            {
                completed = true;
                queue.Dispose();
            }
        }

        private void Add(char stream, string message)
        {
            lock (gate)
            {
                // Late messages from work that outlived its cmdlet call have nowhere to go.
                if (!completed)
                {
                    queue.Add((stream, message));
                }
            }
        }
    }
}
