using System;
using System.Collections.Generic;

namespace PartnerSandbox.Infrastructure.Pipeline;

/// <summary>
/// Runs decisions in the order their records arrived, though what they wait for (an order being read) completes in
/// any order. With -ErrorAction Stop the first bad record ends the run before any later record is decided, as it would
/// one at a time. Used on the pipeline thread only.
/// </summary>
internal sealed class InputOrder
{
    private readonly Queue<Turn> turns = new();

    /// <summary>Takes a place in line; the returned action, called when its decision is ready, runs it in turn.</summary>
    public Action<Action> Enter()
    {
        var turn = new Turn();
        turns.Enqueue(turn);
        return decision =>
        {
            turn.Decision = decision;
            RunReady();
        };
    }

    private void RunReady()
    {
        while (turns.Count > 0 && turns.Peek().Decision is Action decision)
        {
            turns.Dequeue();
            decision();
        }
    }

    private sealed class Turn
    {
        public Action? Decision { get; set; }
    }
}
