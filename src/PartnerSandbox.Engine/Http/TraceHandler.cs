using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSandbox.Engine.Http;

/// <summary>
/// Writes each attempt to the debug log: method, URL, status, time and request id. Deliberately no headers and no
/// bodies, so the Authorization header or a token can never reach -Debug output.
/// </summary>
internal sealed class TraceHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var log = EngineLog.Current;
        var requestId = PartnerCenterHeaders.Read(request.Headers, PartnerCenterHeaders.RequestId);
        log?.Debug(string.Format(CultureInfo.InvariantCulture, EngineMessages.TraceRequest, request.Method, request.RequestUri, requestId));
        var watch = Stopwatch.StartNew();
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        log?.Debug(string.Format(
            CultureInfo.InvariantCulture,
            EngineMessages.TraceResponse,
            request.Method,
            request.RequestUri,
            (int)response.StatusCode,
            watch.ElapsedMilliseconds,
            requestId));
        return response;
    }
}
