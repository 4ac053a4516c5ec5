using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace PartnerSandbox.Emulator.Admin.Faults;

/// <summary>
/// Processes a request normally while its answer's body goes to memory instead of the connection:
/// status and headers stay unsent too, since nothing was written to the connection. The faults that
/// act after the change (<c>applyThenDrop</c>, <c>applyThenDelay</c>) then decide what the client gets.
/// </summary>
internal static class HeldAnswer
{
    /// <returns>The answer's body, positioned at its start; status and headers are on the response, unsent.</returns>
    public static async Task<MemoryStream> ProcessAsync(HttpContext http, RequestDelegate next)
    {
        var connection = http.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var body = new MemoryStream();
        var holding = new StreamResponseBodyFeature(body, connection);
        http.Features.Set<IHttpResponseBodyFeature>(holding);
        try
        {
            await next(http).ConfigureAwait(false);
            await holding.CompleteAsync().ConfigureAwait(false);
        }
        finally
        {
            http.Features.Set(connection);
        }

        body.Position = 0;
        return body;
    }
}
