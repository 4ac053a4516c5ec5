using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSandbox.Engine;

/// <summary>
/// Sends a change and reports only what is true; every change the module makes goes through here. Success is the
/// service's answer being that resource, changed. That resource in another status is the resource as sent (accepted,
/// not done yet). An answer that does not say (lost on every attempt, empty, another resource, not JSON) is never taken
/// as success or as failure: the resource is read again first, and the outcome is what that read shows.
/// </summary>
internal sealed class VerifiedChange
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromSeconds(15);
    private readonly Func<TimeSpan, CancellationToken, Task> delay;

    public VerifiedChange(Func<TimeSpan, CancellationToken, Task>? delay)
    {
        this.delay = delay ?? Task.Delay;
    }

    /// <param name="send">Sends the change once (the request runner retries it with its request id) and returns the answer.</param>
    /// <param name="statusBefore">The resource's status when the change was decided on: a read that still shows it means nothing changed.</param>
    public static async Task<ChangeResult<T>> ApplyAsync<T>(ChangeSubject<T> subject, Func<CancellationToken, Task<T>> send, string? statusBefore, CancellationToken cancellationToken)
        where T : class
    {
        PartnerCenterException unclear;
        try
        {
            var answer = await send(cancellationToken).ConfigureAwait(false);
            if (string.Equals(subject.IdOf(answer), subject.Id, StringComparison.OrdinalIgnoreCase))
            {
                return new ChangeResult<T>(subject.IsDone(answer) ? ChangeState.Done : ChangeState.Accepted, answer, readAgain: false);
            }

            unclear = new PartnerCenterException(
                PartnerCenterFailure.NotConfirmed,
                Format(EngineMessages.AnswerNotTheResource, subject.Change, subject.Name, subject.Noun, subject.IdOf(answer), subject.StatusOf(answer)));
        }
        catch (PartnerCenterException ex) when (ex.Failure is PartnerCenterFailure.ConnectionFailed or PartnerCenterFailure.TimedOut or PartnerCenterFailure.UnreadableResponse)
        {
            unclear = ex;
        }

        EngineLog.Current?.Verbose(Format(EngineMessages.ReadingAgain, subject.Change, subject.Name, subject.Noun));
        return await ReadAgainAsync(subject, statusBefore, unclear, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the resource until it shows the change done, backing off between reads, for at most <paramref name="timeout"/>.</summary>
    public async Task<ChangeResult<T>> WaitUntilDoneAsync<T>(ChangeSubject<T> subject, TimeSpan timeout, CancellationToken cancellationToken)
        where T : class
    {
        var waited = Stopwatch.StartNew();
        var pause = FirstPoll;
        while (true)
        {
            var remaining = timeout - waited.Elapsed;
            await delay(pause < remaining ? pause : (remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero), cancellationToken).ConfigureAwait(false);
            var resource = await subject.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (subject.IsDone(resource) || waited.Elapsed >= timeout)
            {
                return new ChangeResult<T>(subject.IsDone(resource) ? ChangeState.Done : ChangeState.Accepted, resource, readAgain: true);
            }

            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPoll.Ticks));
        }
    }

    private static async Task<ChangeResult<T>> ReadAgainAsync<T>(ChangeSubject<T> subject, string? statusBefore, PartnerCenterException unclear, CancellationToken cancellationToken)
        where T : class
    {
        T resource;
        try
        {
            resource = await subject.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PartnerCenterException readFailure)
        {
            throw new PartnerCenterException(
                PartnerCenterFailure.OutcomeUnknown,
                Format(EngineMessages.OutcomeUnknown, subject.Change, subject.Name, unclear.Message, readFailure.Message, subject.Noun, subject.DoneWord),
                unclear.StatusCode,
                requestId: unclear.RequestId,
                correlationId: unclear.CorrelationId,
                innerException: unclear);
        }

        if (subject.IsDone(resource))
        {
            return new ChangeResult<T>(ChangeState.Done, resource, readAgain: true);
        }

        // The status moved, so the service has the change (its answer was lost or garbled on the way back).
        if (!string.Equals(subject.StatusOf(resource), statusBefore, StringComparison.OrdinalIgnoreCase))
        {
            return new ChangeResult<T>(ChangeState.Accepted, resource, readAgain: true);
        }

        var failure = unclear.Failure == PartnerCenterFailure.UnreadableResponse ? PartnerCenterFailure.NotConfirmed : unclear.Failure;
        throw new PartnerCenterException(
            failure,
            Format(EngineMessages.ReadAgainNotDone, unclear.Message, subject.Noun, subject.Id, subject.Shows(resource), subject.DoneWord),
            unclear.StatusCode,
            unclear.CodeSource,
            unclear.ServiceCode,
            unclear.Description,
            unclear.RequestId,
            unclear.CorrelationId,
            innerException: unclear);
    }

    private static string Format(string format, params object?[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
