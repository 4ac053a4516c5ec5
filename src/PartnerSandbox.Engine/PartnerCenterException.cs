using System;
using System.Net;

namespace PartnerSandbox.Engine;

/// <summary>
/// A failed Partner Center call, with everything a user or a support engineer needs: the HTTP status, the service's
/// own error code (kept as text: it arrives as a number or a string) and which service gave it, its description and
/// the request ids.
/// </summary>
[Serializable]
public sealed class PartnerCenterException : Exception
{
    public PartnerCenterException(
        PartnerCenterFailure failure,
        string message,
        HttpStatusCode? statusCode = null,
        ErrorSource codeSource = ErrorSource.None,
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
        CodeSource = serviceCode is null ? ErrorSource.None : codeSource;
        ServiceCode = serviceCode;
        Description = description;
        RequestId = requestId;
        CorrelationId = correlationId;
        RetryAfter = retryAfter;
    }

    public PartnerCenterFailure Failure { get; }

    /// <summary>The HTTP status of the last answer; null when no answer came.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Which service gave <see cref="ServiceCode"/>; None when there is no code.</summary>
    public ErrorSource CodeSource { get; }

    /// <summary>The code a service gave the failure: Partner Center's (e.g. "800061"), or Entra ID's AADSTS number (e.g. "7000215").</summary>
    public string? ServiceCode { get; }

    public string? Description { get; }

    public string? RequestId { get; }

    public string? CorrelationId { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// Whether the service answered and said no (a 4xx with its reason), rather than giving no usable answer or failing
    /// the sign-in. A customer's removal that its orders block is refused too, with the reason the engine found.
    /// </summary>
    public bool IsRefusal =>
        StatusCode is HttpStatusCode status && (int)status >= 400 && (int)status < 500
        && Failure is PartnerCenterFailure.ServiceError or PartnerCenterFailure.CustomerHasActiveOrders
            or PartnerCenterFailure.OrderTooOldToCancel or PartnerCenterFailure.ChangeStillPending;

    /// <summary>Whether <paramref name="source"/> gave this failure the code <paramref name="code"/>.</summary>
    public bool HasCode(ErrorSource source, string code) => CodeSource == source && string.Equals(ServiceCode, code, StringComparison.OrdinalIgnoreCase);
}
