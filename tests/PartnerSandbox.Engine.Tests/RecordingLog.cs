using System.Collections.Generic;

namespace PartnerSandbox.Engine.Tests;

/// <summary>Keeps what the engine wrote to each stream.</summary>
internal sealed class RecordingLog : IEngineLog
{
    public List<string> Verbose { get; } = new();

    public List<string> Debug { get; } = new();

    public List<string> Warning { get; } = new();

    void IEngineLog.Verbose(string message) => Verbose.Add(message);

    void IEngineLog.Debug(string message) => Debug.Add(message);

    void IEngineLog.Warning(string message) => Warning.Add(message);
}
