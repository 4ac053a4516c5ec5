using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using PartnerSandbox.Engine.Models;

namespace PartnerSandbox.Engine.Http;

/// <summary>
/// Turns a link from a response into a request. The service writes relative links both with and without the /v1
/// prefix ("/customers/{id}/orders/{oid}" and "/v1/customers?size=40"); the prefix is added when missing. Every
/// header of the link (MS-ContinuationToken for the next page) is sent with it.
/// </summary>
internal static class LinkResolver
{
    public static RequestTemplate ToRequest(Link link)
    {
        if (string.IsNullOrEmpty(link.Uri))
        {
            throw new ArgumentException("The link has no uri.", nameof(link));
        }

        var method = new HttpMethod(string.IsNullOrEmpty(link.Method) ? "GET" : link.Method!.ToUpperInvariant());
        var headers = link.Headers
            .Where(header => !string.IsNullOrEmpty(header.Key))
            .Select(header => new KeyValuePair<string, string>(header.Key!, header.Value ?? string.Empty))
            .ToList();
        return new RequestTemplate(method, RelativePath(link.Uri!), headers: headers);
    }

    /// <summary>A path relative to the API base (no leading slash), with the /v1 prefix.</summary>
    public static string RelativePath(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return absolute.PathAndQuery.TrimStart('/');
        }

        var path = uri.TrimStart('/');
        return path.StartsWith("v1/", StringComparison.OrdinalIgnoreCase) ? path : "v1/" + path;
    }
}
