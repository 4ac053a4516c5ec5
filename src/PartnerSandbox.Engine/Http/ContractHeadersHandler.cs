using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSandbox.Engine.Http;

/// <summary>
/// The outermost handler: the contract's fixed headers on every attempt (MS-Contract-Version, X-Locale, Accept,
/// User-Agent, the application's name). The request and correlation ids come with the attempt (<see cref="RequestTemplate"/>).
/// </summary>
internal sealed class ContractHeadersHandler : DelegatingHandler
{
    private readonly ProductInfoHeaderValue userAgent;
    private readonly string locale;
    private readonly string? applicationName;

    public ContractHeadersHandler(ProductInfoHeaderValue userAgent, string locale, string? applicationName)
    {
        this.userAgent = userAgent;
        this.locale = locale;
        this.applicationName = applicationName;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers;
        SetIfAbsent(headers, PartnerCenterHeaders.ContractVersion, "v1");
        SetIfAbsent(headers, PartnerCenterHeaders.Locale, locale);
        if (applicationName is not null)
        {
            SetIfAbsent(headers, PartnerCenterHeaders.Application, applicationName);
        }

        if (headers.Accept.Count == 0)
        {
            headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        headers.UserAgent.Add(userAgent);
        return base.SendAsync(request, cancellationToken);
    }

    private static void SetIfAbsent(HttpRequestHeaders headers, string name, string value)
    {
        if (!headers.Contains(name))
        {
            headers.TryAddWithoutValidation(name, value);
        }
    }
}
