using System;
using System.Globalization;
using System.Net;

namespace PartnerSandbox.Engine
{
    /// <summary>
    /// A failed Partner Center call, with everything a user or a support engineer needs: the HTTP status, the service's
    /// own error code (kept as text: it arrives as a number or a string), its description and the request ids.
    /// </summary>
    [Serializable]
    public sealed class PartnerCenterException : Exception
    {
        public PartnerCenterException(
            PartnerCenterFailure failure,
            string message,
            HttpStatusCode? statusCode = null,
            string? serviceCode = null,
            string? description = null,
            string? requestId = null,
            string? correlationId = null,
            TimeSpan? retryAfter = null,
            Exception? innerException = null)
            : base(message, innerException)
        {
            Failure = failure;
            StatusCode = statusCode;
            ServiceCode = serviceCode;
            Description = description;
            RequestId = requestId;
            CorrelationId = correlationId;
            RetryAfter = retryAfter;
        }

        public PartnerCenterFailure Failure { get; }

        /// <summary>The HTTP status of the last answer; null when no answer came.</summary>
        public HttpStatusCode? StatusCode { get; }

        /// <summary>The service's error code (e.g. "800061"), or for sign-in failures the AADSTS number.</summary>
        public string? ServiceCode { get; }

        public string? Description { get; }

        public string? RequestId { get; }

        public string? CorrelationId { get; }

        public TimeSpan? RetryAfter { get; }

        internal static PartnerCenterException FromServiceAnswer(
            HttpStatusCode status, string? serviceCode, string? description, string? requestId, string? correlationId, TimeSpan? retryAfter)
        {
            var codePart = serviceCode is null ? string.Empty : string.Format(CultureInfo.InvariantCulture, EngineMessages.ServiceCodePart, serviceCode);
            var message = string.Format(
                CultureInfo.InvariantCulture,
                EngineMessages.ServiceError,
                (int)status,
                status,
                codePart,
                string.IsNullOrWhiteSpace(description) ? EngineMessages.NoDescription : description,
                requestId ?? "-",
                correlationId ?? "-");
            var failure = status == (HttpStatusCode)429 ? PartnerCenterFailure.Throttled : PartnerCenterFailure.ServiceError;
            return new PartnerCenterException(failure, message, status, serviceCode, description, requestId, correlationId, retryAfter);
        }
    }
}
