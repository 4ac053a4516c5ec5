using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace PartnerSandbox.Emulator.Admin.Faults;

/// <summary><c>answer</c>: answers with the test's status, headers and body instead of processing the request.</summary>
internal sealed class AnswerFault(CannedAnswer answer) : IFaultEffect
{
    private const int WriteSize = 64 * 1024;

    public async Task ApplyAsync(HttpContext http, RequestDelegate next)
    {
        answer.WriteHead(http.Response);
        if (!CannedAnswer.StatusAllowsBody(answer.StatusCode))
        {
            return;
        }

        // The length up front, as the service sends it: a client can refuse an oversized answer before reading it.
        http.Response.ContentLength = answer.BodyLength;
        foreach (var chunk in answer.BodyChunks(WriteSize))
        {
            await http.Response.Body.WriteAsync(chunk, http.RequestAborted).ConfigureAwait(false);
        }
    }
}
