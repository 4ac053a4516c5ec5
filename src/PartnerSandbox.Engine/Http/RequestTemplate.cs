using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;

namespace PartnerSandbox.Engine.Http;

/// <summary>
/// One logical request, from which every attempt gets a fresh message: the same method, path, body and headers,
/// and the same MS-RequestId and MS-CorrelationId (the service's idempotency key is the request id of a call).
/// </summary>
internal sealed class RequestTemplate
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private static readonly char[] SegmentEnd = { '/', '?' };
    private readonly byte[]? body;
    private readonly IReadOnlyList<KeyValuePair<string, string>> headers;

    public RequestTemplate(HttpMethod method, string relativeUri, byte[]? body = null, IReadOnlyList<KeyValuePair<string, string>>? headers = null)
    {
        Method = method;
        RelativeUri = relativeUri;
        this.body = body;
        this.headers = headers ?? Array.Empty<KeyValuePair<string, string>>();
        CustomerId = CustomerOf(relativeUri);
    }

    public HttpMethod Method { get; }

    public string RelativeUri { get; }

    /// <summary>The customer the request is about (<c>v1/customers/{id}/...</c>), or null: the key of its throttle limit besides the partner's.</summary>
    public string? CustomerId { get; }

    public string RequestId { get; } = Guid.NewGuid().ToString();

    // The contract asks for a new correlation id per call; the help says so (about_PartnerSandbox).
    public string CorrelationId { get; } = Guid.NewGuid().ToString();

    public HttpRequestMessage NewAttempt()
    {
        var request = new HttpRequestMessage(Method, RelativeUri);
        foreach (var header in headers)
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        request.Headers.TryAddWithoutValidation(PartnerCenterHeaders.RequestId, RequestId);
        request.Headers.TryAddWithoutValidation(PartnerCenterHeaders.CorrelationId, CorrelationId);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = Json;
        }

        return request;
    }

    private static string? CustomerOf(string relativeUri)
    {
        const string customers = "v1/customers/";
        if (!relativeUri.StartsWith(customers, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var end = relativeUri.IndexOfAny(SegmentEnd, customers.Length);
        var id = end < 0 ? relativeUri.Substring(customers.Length) : relativeUri.Substring(customers.Length, end - customers.Length);
        return id.Length == 0 ? null : id;
    }
}
