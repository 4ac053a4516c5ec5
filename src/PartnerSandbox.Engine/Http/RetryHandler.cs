using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSandbox.Engine.Http
{
    /// <summary>
    /// Sends one logical request up to <see cref="RetryPolicy.MaxAttempts"/> times. Each attempt is a fresh copy of the
    /// request (<see cref="RequestCopy"/>) carrying the same MS-RequestId.
    /// Each attempt has its own timeout; the caller's cancellation stops everything at once.
    /// </summary>
    internal sealed class RetryHandler : DelegatingHandler
    {
        private readonly RetryPolicy policy;

        public RetryHandler(RetryPolicy policy)
        {
            this.policy = policy;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var copies = await RequestCopy.CreateAsync(request).ConfigureAwait(false);
            var requestId = ContractHeadersHandler.Read(request.Headers, PartnerCenterHeaders.RequestId) ?? "-";
            for (var attempt = 1; ; attempt++)
            {
                HttpResponseMessage? response = null;
                Exception? failure = null;
                using (var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    attemptTimeout.CancelAfter(policy.AttemptTimeout);
                    try
                    {
                        response = await base.SendAsync(copies.Next(), attemptTimeout.Token).ConfigureAwait(false);
                        // Read the body inside the attempt, so a connection dropped mid-body is retried like any other.
                        await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
                    }
                    catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
                    {
                        response?.Dispose();
                        response = null;
                        failure = new TimeoutException(ex.Message, ex);
                    }
                    catch (Exception ex) when (ex is HttpRequestException || ex is IOException)
                    {
                        response?.Dispose();
                        response = null;
                        failure = ex;
                    }
                }

                var delay = policy.NextDelay(attempt, response);
                if (delay is null)
                {
                    ExplainLongRetryAfter(response, requestId);
                    return response ?? throw TransportFailure(request, failure!, attempt, requestId);
                }

                EngineLog.Current?.Verbose(string.Format(
                    CultureInfo.InvariantCulture,
                    EngineMessages.Retrying,
                    request.Method,
                    request.RequestUri?.AbsolutePath,
                    response is null ? failure!.GetType().Name + ": " + failure.Message : "HTTP " + (int)response.StatusCode,
                    attempt + 1,
                    policy.MaxAttempts,
                    delay.Value.TotalSeconds,
                    requestId));
                response?.Dispose();
                await policy.Delay(delay.Value, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>Says why a throttled request is not tried again: the service asked for a longer wait than the policy allows.</summary>
        private void ExplainLongRetryAfter(HttpResponseMessage? response, string requestId)
        {
            var retryAfter = response is null ? null : RetryPolicy.ReadRetryAfter(response);
            if (retryAfter > policy.MaxRetryAfter)
            {
                EngineLog.Current?.Verbose(string.Format(
                    CultureInfo.InvariantCulture, EngineMessages.ThrottleTooLong, retryAfter.Value.TotalSeconds, policy.MaxRetryAfter.TotalSeconds, requestId));
            }
        }

        private PartnerCenterException TransportFailure(HttpRequestMessage request, Exception failure, int attempts, string requestId)
        {
            var host = request.RequestUri?.GetLeftPart(UriPartial.Authority);
            if (failure is TimeoutException)
            {
                var message = string.Format(CultureInfo.InvariantCulture, EngineMessages.TimedOut, host, policy.AttemptTimeout.TotalSeconds, attempts, requestId);
                return new PartnerCenterException(PartnerCenterFailure.TimedOut, message, requestId: requestId, innerException: failure);
            }

            var reason = failure.InnerException?.Message ?? failure.Message;
            return new PartnerCenterException(
                PartnerCenterFailure.ConnectionFailed,
                string.Format(CultureInfo.InvariantCulture, EngineMessages.ConnectionFailed, host, attempts, reason, requestId),
                requestId: requestId,
                innerException: failure);
        }
    }
}
