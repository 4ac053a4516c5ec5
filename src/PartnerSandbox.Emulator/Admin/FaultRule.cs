using System;

namespace PartnerSandbox.Emulator.Admin;

/// <summary>What an injected fault does instead of processing the request.</summary>
internal enum FaultKind
{
    /// <summary>Answer with an HTTP error status.</summary>
    Status,

    /// <summary>Abort the connection without an answer.</summary>
    Drop,
}

/// <summary>
/// Makes the next <see cref="Remaining"/> API requests that match answer with a fault.
/// <see cref="Method"/> and <see cref="PathContains"/> are optional filters (null matches any).
/// </summary>
internal sealed class FaultRule(string? method, string? pathContains, FaultKind kind, int statusCode, int? retryAfterSeconds, int count)
{
    public FaultKind Kind => kind;

    public int StatusCode => statusCode;

    public int? RetryAfterSeconds => retryAfterSeconds;

    public string? Method => method;

    public string? PathContains => pathContains;

    public int Remaining { get; private set; } = count;

    public bool Matches(string requestMethod, string pathAndQuery) =>
        (method is null || string.Equals(method, requestMethod, StringComparison.OrdinalIgnoreCase))
        && (pathContains is null || pathAndQuery.Contains(pathContains, StringComparison.OrdinalIgnoreCase));

    /// <summary>Uses up one of the remaining faults; called under the injector's lock.</summary>
    public void Consume() => Remaining--;
}
