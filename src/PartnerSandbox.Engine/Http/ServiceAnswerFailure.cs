using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using PartnerSandbox.Engine.Models;

namespace PartnerSandbox.Engine.Http;

/// <summary>
/// Turns an answer with an error status into a <see cref="PartnerCenterException"/> that says what really happened:
/// the service's own refusal (its code and description), a redirect and where to, a method or an address the service
/// does not take, or a route it does not have.
/// </summary>
internal static class ServiceAnswerFailure
{
    public static PartnerCenterException Create(HttpResponseMessage response, string body, RequestTemplate request)
    {
        var error = ServiceErrorBody.TryParse(body);
        var status = response.StatusCode;
        var requestId = PartnerCenterHeaders.Read(response.Headers, PartnerCenterHeaders.RequestId) ?? request.RequestId;
        var correlationId = PartnerCenterHeaders.Read(response.Headers, PartnerCenterHeaders.CorrelationId) ?? request.CorrelationId;
        var description = error?.Text;
        var message = Explain(response, request, error?.ServiceCode, description, requestId, correlationId);
        var failure = status == (HttpStatusCode)429 ? PartnerCenterFailure.Throttled : PartnerCenterFailure.ServiceError;
        return new PartnerCenterException(failure, message, status, ErrorSource.PartnerCenter, error?.ServiceCode, description, requestId, correlationId, PartnerCenterHeaders.RetryAfter(response));
    }

    private static string Explain(HttpResponseMessage response, RequestTemplate request, string? code, string? description, string requestId, string correlationId)
    {
        var status = (int)response.StatusCode;
        var path = "/" + request.RelativeUri.Split('?')[0];
        if (status >= 300 && status < 400)
        {
            var location = response.Headers.Location?.ToString() ?? EngineMessages.NoLocation;
            return Format(EngineMessages.Redirected, status, response.StatusCode, request.Method, path, location, requestId);
        }

        if (code is null && response.StatusCode == HttpStatusCode.NotFound)
        {
            return Format(EngineMessages.RouteNotFound, request.Method, path, description ?? EngineMessages.NoDescription, requestId);
        }

        switch (status)
        {
            case 405:
                return Format(EngineMessages.MethodNotAllowed, request.Method, path, requestId);
            case 414:
                return Format(EngineMessages.AddressTooLong, request.RelativeUri.Length, requestId);
            default:
                var codePart = code is null ? string.Empty : Format(EngineMessages.ServiceCodePart, code);
                var text = string.IsNullOrWhiteSpace(description) ? EngineMessages.NoDescription : description;
                return Format(EngineMessages.ServiceError, status, response.StatusCode, codePart, text, requestId, correlationId);
        }
    }

    private static string Format(string format, params object?[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
