using System.Net.Http;
using System.Threading.Tasks;

namespace PartnerSandbox.Engine.Http;

/// <summary>
/// A request that can be sent more than once: its content is read once, and each send gets a fresh copy with the
/// same headers. .NET Framework's handlers may not resend a message whose content was already sent.
/// </summary>
internal sealed class RequestCopy
{
    private readonly HttpRequestMessage original;
    private readonly byte[]? body;

    private RequestCopy(HttpRequestMessage original, byte[]? body)
    {
        this.original = original;
        this.body = body;
    }

    public static async Task<RequestCopy> CreateAsync(HttpRequestMessage request) =>
        new(request, request.Content is null ? null : await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false));

    public HttpRequestMessage Next()
    {
        var copy = new HttpRequestMessage(original.Method, original.RequestUri) { Version = original.Version };
        foreach (var header in original.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var header in original.Content!.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return copy;
    }
}
