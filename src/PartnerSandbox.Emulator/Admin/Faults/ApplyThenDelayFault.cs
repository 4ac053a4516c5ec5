using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using PartnerSandbox.Emulator.Knobs;

namespace PartnerSandbox.Emulator.Admin.Faults;

/// <summary>
/// <c>applyThenDelay</c>: the request is processed normally, then its answer is held before it is sent.
/// A client that gives up meanwhile has changed the state without hearing so; nothing is sent to it.
/// </summary>
internal sealed class ApplyThenDelayFault(int delayMs) : IFaultEffect
{
    public async Task ApplyAsync(HttpContext http, RequestDelegate next)
    {
        await using var answer = await HeldAnswer.ProcessAsync(http, next).ConfigureAwait(false);
        AppliedDelay.Add(http, delayMs);
        if (!await RequestHold.TryWaitAsync(TimeSpan.FromMilliseconds(delayMs), http.RequestAborted).ConfigureAwait(false))
        {
            return;
        }

        try
        {
            await answer.CopyToAsync(http.Response.Body, http.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away just as the answer was due: nobody is left to send it to.
        }
    }
}
