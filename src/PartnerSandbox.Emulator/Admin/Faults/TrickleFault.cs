using System;
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using PartnerSandbox.Emulator.Knobs;

namespace PartnerSandbox.Emulator.Admin.Faults;

/// <summary>
/// <c>trickle</c>: sends the status line and headers at once, then the body one small chunk every
/// interval, instead of processing the request: the server that answers but never finishes, which
/// only a client's overall timeout ends. Without a body of its own it sends an endless JSON-like
/// filler. It stops as soon as the client goes away.
/// </summary>
internal sealed class TrickleFault(CannedAnswer answer, TimeSpan interval) : IFaultEffect
{
    private const int ChunkBytes = 16;

    public async Task ApplyAsync(HttpContext http, RequestDelegate next)
    {
        answer.WriteHead(http.Response);
        try
        {
            await http.Response.StartAsync(http.RequestAborted).ConfigureAwait(false);
            await http.Response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
            using var chunks = (answer.HasBody ? answer.BodyChunks(ChunkBytes) : EndlessFiller()).GetEnumerator();
            var more = chunks.MoveNext();
            while (more)
            {
                await http.Response.Body.WriteAsync(chunks.Current, http.RequestAborted).ConfigureAwait(false);
                await http.Response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
                more = chunks.MoveNext();
                if (more && !await RequestHold.TryWaitAsync(interval, http.RequestAborted).ConfigureAwait(false))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away mid-write: there is nobody left to trickle to.
        }
    }

    /// <summary><c>{"items":[{"n":1},{"n":2},...</c> without end.</summary>
    private static IEnumerable<ReadOnlyMemory<byte>> EndlessFiller()
    {
        yield return Encoding.ASCII.GetBytes("""{"items":[""");
        for (var n = 1L; ; n++)
        {
            yield return Encoding.ASCII.GetBytes($$"""{"n":{{n}}},""");
        }
    }
}
