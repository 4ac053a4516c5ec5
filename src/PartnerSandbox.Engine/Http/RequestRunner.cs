using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Security.Authentication;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSandbox.Engine.Http;

/// <summary>
/// Runs one logical request to the end, up to <see cref="RetryPolicy.MaxAttempts"/> times. An attempt is the request
/// AND the reading of its answer: the per-attempt timeout covers the whole body (a server that sends headers and then
/// trickles holds no attempt longer than the timeout), a body dropped half-way is retried like any lost answer, and
/// the caller's cancellation stops the read at once. Every attempt is a fresh message with the same MS-RequestId.
/// Before each attempt the request waits at the connection's <see cref="ThrottleGate"/> (held after any of its
/// requests was throttled) and for room under its <see cref="AdaptiveConcurrency"/> limit; a 429 holds the one and
/// lowers the other, answers raise the limit again.
/// </summary>
internal sealed class RequestRunner
{
    private const HttpStatusCode Throttled = (HttpStatusCode)429;
    private readonly HttpClient http;
    private readonly RetryPolicy policy;
    private readonly long maxAnswerBytes;
    private readonly AccountEvidence evidence;
    private readonly ThrottleGate gate;
    private readonly AdaptiveConcurrency concurrency;

    public RequestRunner(HttpClient http, RetryPolicy policy, long maxAnswerBytes, AccountEvidence evidence)
    {
        this.http = http;
        this.policy = policy;
        this.maxAnswerBytes = maxAnswerBytes;
        this.evidence = evidence;
        gate = new ThrottleGate(policy.Now, policy.Delay);
        concurrency = new AdaptiveConcurrency(policy.Now);
    }

    /// <summary>Sends the request and reads a successful answer with <paramref name="readAnswer"/>.</summary>
    public async Task<T> SendAsync<T>(RequestTemplate request, Func<AnswerStream, CancellationToken, Task<T>> readAnswer, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await PacedAttemptAsync(request, readAnswer, cancellationToken).ConfigureAwait(false);
            if (outcome.Succeeded)
            {
                return outcome.Value!;
            }

            // A certificate this machine does not trust stays untrusted: trying again only delays the answer.
            var delay = IsCertificateFailure(outcome.TransportError) ? null : policy.NextDelay(attempt, outcome.Status, outcome.RetryAfter);
            if (delay is null)
            {
                ExplainLongRetryAfter(outcome.RetryAfter, request.RequestId);
                throw outcome.Failure ?? TransportFailure(request, outcome.TransportError!, attempt);
            }

            EngineLog.Current?.Verbose(string.Format(
                CultureInfo.InvariantCulture,
                EngineMessages.Retrying,
                request.Method,
                "/" + request.RelativeUri.Split('?')[0],
                outcome.Status is HttpStatusCode status ? "HTTP " + (int)status : outcome.TransportError!.GetType().Name + ": " + outcome.TransportError.Message,
                attempt + 1,
                policy.MaxAttempts,
                delay.Value.TotalSeconds,
                request.RequestId));
            await policy.Delay(delay.Value, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Attempt<T>> PacedAttemptAsync<T>(RequestTemplate request, Func<AnswerStream, CancellationToken, Task<T>> readAnswer, CancellationToken cancellationToken)
    {
        using var permit = await EnterAsync(request.CustomerId, cancellationToken).ConfigureAwait(false);
        var outcome = await AttemptAsync(request, readAnswer, cancellationToken).ConfigureAwait(false);
        if (outcome.Status == Throttled)
        {
            // Held before this attempt's room is given back, so no waiting attempt slips in before the hold. A
            // Retry-After too long to wait out fails this request; the others are not held for it.
            var hold = outcome.RetryAfter ?? policy.BaseDelay;
            if (hold <= policy.MaxRetryAfter)
            {
                gate.Throttled(request.CustomerId, hold);
            }

            concurrency.Throttled(permit.SentAt);
        }
        else if (outcome.Succeeded || outcome.Status is not null)
        {
            concurrency.Answered(permit.SentAt);
        }

        return outcome;
    }

    /// <summary>Waits until the gate is open and there is room for one more attempt, with the gate still open.</summary>
    private async Task<AdaptiveConcurrency.Permit> EnterAsync(string? customerId, CancellationToken cancellationToken)
    {
        while (true)
        {
            await gate.WaitAsync(customerId, cancellationToken).ConfigureAwait(false);
            var permit = await concurrency.EnterAsync(cancellationToken).ConfigureAwait(false);
            if (!gate.IsHeld(customerId))
            {
                return permit;
            }

            // Throttled while this one waited for room: it waits out the hold like the others.
            permit.Dispose();
        }
    }

    private async Task<Attempt<T>> AttemptAsync<T>(RequestTemplate request, Func<AnswerStream, CancellationToken, Task<T>> readAnswer, CancellationToken cancellationToken)
    {
        using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attemptTimeout.CancelAfter(policy.AttemptTimeout);
        var token = attemptTimeout.Token;
        try
        {
            using var message = request.NewAttempt();
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            // Not every platform's body stream honours a token (.NET Framework's does not): disposing the answer
            // ends a read that hangs, whether the attempt timed out or the caller was stopped.
            using var abort = token.Register(response.Dispose);
            using var body = new AnswerStream(await response.Content.ReadAsStreamAsync().ConfigureAwait(false), maxAnswerBytes);
            if (response.IsSuccessStatusCode)
            {
                return Attempt<T>.Success(await readAnswer(body, token).ConfigureAwait(false));
            }

            var failure = ServiceAnswerFailure.Create(response, await ReadTextAsync(body, token).ConfigureAwait(false), request);
            evidence.Observe(failure);
            return Attempt<T>.Refused(response.StatusCode, failure, failure.RetryAfter);
        }
        catch (AnswerTooLargeException tooLarge)
        {
            throw new PartnerCenterException(
                PartnerCenterFailure.AnswerTooLarge,
                string.Format(CultureInfo.InvariantCulture, EngineMessages.AnswerTooLarge, request.Method, "/" + request.RelativeUri.Split('?')[0], tooLarge.Limit / (1024 * 1024), request.RequestId),
                requestId: request.RequestId,
                correlationId: request.CorrelationId,
                innerException: tooLarge);
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested && IsInterruption(ex))
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (Exception ex) when (token.IsCancellationRequested && IsInterruption(ex))
        {
            return Attempt<T>.Lost(new TimeoutException(ex.Message, ex));
        }
        catch (Exception ex) when (ex is HttpRequestException || ex is IOException)
        {
            return Attempt<T>.Lost(ex);
        }
    }

    private static bool IsCertificateFailure(Exception? error)
    {
        for (var cause = error; cause is not null; cause = cause.InnerException)
        {
            if (cause is AuthenticationException)
            {
                return true;
            }
        }

        return false;
    }

    // What a read looks like when it is cut short: cancelled, or its answer disposed under it.
    private static bool IsInterruption(Exception ex) =>
        ex is OperationCanceledException || ex is ObjectDisposedException || ex is IOException || ex is HttpRequestException;

    private static async Task<string> ReadTextAsync(Stream body, CancellationToken cancellationToken)
    {
        using var text = new MemoryStream();
        await body.CopyToAsync(text, 81920, cancellationToken).ConfigureAwait(false);
        return Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length);
    }

    /// <summary>Says why a throttled request is not tried again: the service asked for a longer wait than the policy allows.</summary>
    private void ExplainLongRetryAfter(TimeSpan? retryAfter, string requestId)
    {
        if (retryAfter > policy.MaxRetryAfter)
        {
            EngineLog.Current?.Verbose(string.Format(
                CultureInfo.InvariantCulture, EngineMessages.ThrottleTooLong, retryAfter.Value.TotalSeconds, policy.MaxRetryAfter.TotalSeconds, requestId));
        }
    }

    private PartnerCenterException TransportFailure(RequestTemplate request, Exception failure, int attempts)
    {
        var host = http.BaseAddress?.GetLeftPart(UriPartial.Authority);
        if (failure is TimeoutException)
        {
            var message = string.Format(CultureInfo.InvariantCulture, EngineMessages.TimedOut, host, policy.AttemptTimeout.TotalSeconds, attempts, request.RequestId);
            return new PartnerCenterException(PartnerCenterFailure.TimedOut, message, requestId: request.RequestId, correlationId: request.CorrelationId, innerException: failure);
        }

        var reason = failure.InnerException?.Message ?? failure.Message;
        return new PartnerCenterException(
            PartnerCenterFailure.ConnectionFailed,
            string.Format(CultureInfo.InvariantCulture, EngineMessages.ConnectionFailed, host, attempts, reason, request.RequestId),
            requestId: request.RequestId,
            correlationId: request.CorrelationId,
            innerException: failure);
    }

    /// <summary>How one attempt ended: a value, the service's refusal, or no answer at all.</summary>
    private readonly struct Attempt<T>
    {
        private Attempt(bool succeeded, T? value, HttpStatusCode? status, PartnerCenterException? failure, TimeSpan? retryAfter, Exception? transportError)
        {
            Succeeded = succeeded;
            Value = value;
            Status = status;
            Failure = failure;
            RetryAfter = retryAfter;
            TransportError = transportError;
        }

        public bool Succeeded { get; }

        public T? Value { get; }

        public HttpStatusCode? Status { get; }

        public PartnerCenterException? Failure { get; }

        public TimeSpan? RetryAfter { get; }

        public Exception? TransportError { get; }

        public static Attempt<T> Success(T value) => new(true, value, null, null, null, null);

        public static Attempt<T> Refused(HttpStatusCode status, PartnerCenterException failure, TimeSpan? retryAfter) => new(false, default, status, failure, retryAfter, null);

        public static Attempt<T> Lost(Exception error) => new(false, default, null, null, null, error);
    }
}
