using System;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSandbox.Emulator.Knobs;

/// <summary>Holds a request for a while, unless its client gives up first.</summary>
internal static class RequestHold
{
    /// <returns>
    /// False when the client went away during the wait: the request is then not processed at all,
    /// so a client that timed out has changed nothing.
    /// </returns>
    public static async Task<bool> TryWaitAsync(TimeSpan delay, CancellationToken requestAborted)
    {
        try
        {
            await Task.Delay(delay, requestAborted).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
