using System;
using System.Net;

namespace PartnerSandbox.Engine;

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
}
