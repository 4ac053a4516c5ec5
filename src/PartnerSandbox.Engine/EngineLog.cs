using System;
using System.Threading;

namespace PartnerSandbox.Engine;

/// <summary>Where the engine's diagnostic messages go. Messages never contain a secret or a token.</summary>
public interface IEngineLog
{
    void Verbose(string message);

    void Debug(string message);

    void Warning(string message);
}

/// <summary>
/// The log of the operation running on this async flow. A cmdlet sets it for the duration of one engine call, so
/// handlers shared by a connection write to the cmdlet that caused the request, even when two cmdlets (or two
/// runspaces) use one connection at once.
/// </summary>
public static class EngineLog
{
    private static readonly AsyncLocal<IEngineLog?> CurrentLog = new();

    public static IEngineLog? Current => CurrentLog.Value;

    public static IDisposable Use(IEngineLog log)
    {
        var previous = CurrentLog.Value;
        CurrentLog.Value = log;
        return new Restore(previous);
    }

    private sealed class Restore : IDisposable
    {
        private readonly IEngineLog? previous;

        public Restore(IEngineLog? previous) => this.previous = previous;

        public void Dispose() => CurrentLog.Value = previous;
    }
}
