using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace PartnerSandbox.Emulator.Admin.Faults;

/// <summary>
/// <c>applyThenDrop</c>: the request is processed normally (the state changes, the idempotent answer is
/// kept), then the connection is aborted without the answer: the lost response a client must find out about.
/// </summary>
internal sealed class ApplyThenDropFault : IFaultEffect
{
    public async Task ApplyAsync(HttpContext http, RequestDelegate next)
    {
        await using var unsent = await HeldAnswer.ProcessAsync(http, next).ConfigureAwait(false);
        ConnectionDrop.Abort(http);
    }
}
