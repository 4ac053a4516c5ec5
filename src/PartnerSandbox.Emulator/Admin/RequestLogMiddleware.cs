using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using PartnerSandbox.Emulator.Admin.Faults;
using PartnerSandbox.Emulator.Api;
using PartnerSandbox.Emulator.Knobs;

namespace PartnerSandbox.Emulator.Admin;

/// <summary>Records every request except the admin API's own. Only installed in test mode.</summary>
internal sealed class RequestLogMiddleware(RequestDelegate next, RequestLog log)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (http.Request.Path.StartsWithSegments(AdminEndpoints.PathPrefix))
        {
            await next(http).ConfigureAwait(false);
            return;
        }

        var recorder = new RequestRecorder(http, log);
        http.Features.Set(recorder);
        try
        {
            await next(http).ConfigureAwait(false);
        }
        finally
        {
            recorder.Record();
            log.Left();
        }
    }
}

/// <summary>
/// Writes one request's log entry, once its answer is known: normally when the pipeline is done,
/// but a connection the emulator drops is recorded before the abort (<see cref="ConnectionDrop"/>).
/// A connection dropped either way, by the emulator or by its client, is logged with status 0.
/// </summary>
internal sealed class RequestRecorder(HttpContext http, RequestLog log)
{
    private readonly long receivedMs = log.Now;
    private readonly int inFlight = log.Arrived();
    private int recorded;

    public void Record()
    {
        if (Interlocked.Exchange(ref recorded, 1) == 1)
        {
            return;
        }

        var dropped = http.Features.Get<DroppedConnection>() is not null || http.RequestAborted.IsCancellationRequested;
        var correlation = http.Features.Get<RequestCorrelation>();
        log.Add(new RequestLogEntry(
            http.Request.Method,
            http.Request.Path,
            http.Request.QueryString.Value ?? string.Empty,
            dropped ? 0 : http.Response.StatusCode,
            correlation?.RequestId,
            correlation?.CorrelationId,
            Faulted: http.Features.Get<InjectedFault>() is not null,
            http.Features.Get<AppliedDelay>()?.Milliseconds ?? 0,
            receivedMs,
            log.Now,
            inFlight));
    }
}
