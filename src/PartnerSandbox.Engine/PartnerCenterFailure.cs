namespace PartnerSandbox.Engine;

/// <summary>What kind of failure a <see cref="PartnerCenterException"/> is, before any service code is looked at.</summary>
public enum PartnerCenterFailure
{
    /// <summary>The service answered with an error status.</summary>
    ServiceError,

    /// <summary>The service kept answering 429 beyond what the retry policy waits.</summary>
    Throttled,

    /// <summary>No answer: the connection failed or was dropped on every attempt.</summary>
    ConnectionFailed,

    /// <summary>No answer within the per-attempt timeout on every attempt.</summary>
    TimedOut,

    /// <summary>The service answered, but not with JSON this module understands.</summary>
    UnreadableResponse,

    /// <summary>Signing in failed (bad secret, unknown tenant or client, ...).</summary>
    SignInFailed,

    /// <summary>The answer was larger than a connection reads (<see cref="PartnerCenterSession.MaxAnswerBytes"/>).</summary>
    AnswerTooLarge,

    /// <summary>
    /// A change was sent, its answer did not say what happened, and reading the resource again failed too: the change
    /// may or may not have been applied.
    /// </summary>
    OutcomeUnknown,

    /// <summary>The service answered a change as done, but the resource read again shows it was not.</summary>
    NotConfirmed,
}
