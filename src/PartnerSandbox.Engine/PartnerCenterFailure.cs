namespace PartnerSandbox.Engine;

/// <summary>
/// What kind of failure a <see cref="PartnerCenterException"/> is. The first kinds say how a call failed, and a
/// service's code, where there is one, says more; the kinds after <see cref="NotConfirmed"/> are causes the engine
/// itself found, which no single answer of a service names.
/// </summary>
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

    /// <summary>The sign-in service refused the sign-in (bad secret, unknown tenant or client, ...); its code says why.</summary>
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

    /// <summary>A browser sign-in was asked for where no browser can open (no display, or a non-interactive session).</summary>
    BrowserUnavailable,

    /// <summary>The access token the connection was given has expired, or the service refused it; it cannot be renewed.</summary>
    AccessTokenExpired,

    /// <summary>
    /// The federated token the connection was given has expired, by this machine's clock or as the sign-in service
    /// found (its code stays on the exception); the engine cannot get a new one.
    /// </summary>
    FederatedTokenExpired,

    /// <summary>The host's managed identity gave no token: no managed-identity source here, the host refused, or no such identity.</summary>
    ManagedIdentityUnavailable,

    /// <summary>The sign-in host answered, but not with Entra ID's JSON (an HTML page from a proxy, or not a sign-in host).</summary>
    UnreadableSignInAnswer,

    /// <summary>
    /// The service refused to remove a customer while orders it named are active; the refusal's own code and
    /// description stay on the exception.
    /// </summary>
    CustomerHasActiveOrders,

    /// <summary>An order older than the sandbox's cancellation window, found before anything was sent for it.</summary>
    OrderTooOldToCancel,

    /// <summary>A change the service took did not show done within the time waited.</summary>
    ChangeStillPending,
}
