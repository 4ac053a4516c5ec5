using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using PartnerSandbox.Emulator.Api.Contracts;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api;

/// <summary><c>/v1/customers</c>: the calling partner's customers, paged with continuation tokens.</summary>
internal static class CustomerEndpoints
{
    private const int DefaultPageSize = 500;

    /// <summary><c>GET /v1/customers?size=n</c>, and the next page with <c>seekOperation=Next</c> and the token header.</summary>
    public static IResult List(HttpContext http)
    {
        var partner = http.Features.GetRequiredFeature<CallingPartner>().Partner;
        var query = http.Request.Query;
        var size = DefaultPageSize;
        if (query.ContainsKey("size") && (!int.TryParse(query["size"], NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1))
        {
            return ApiErrors.InvalidInput($"'size' must be a positive whole number, got '{query["size"]}'.").ToResult();
        }

        var offset = 0;
        if (OpenEnumValue.Matches(query["seekOperation"], "Next")
            && !ContinuationToken.TryRead(http.Request.Headers["MS-ContinuationToken"], partner.TenantId, out offset))
        {
            return ApiErrors.InvalidInput("the next page needs the MS-ContinuationToken header of the previous page's next link.").ToResult();
        }

        var page = partner.Customers.Skip(offset).Take(size).Select(customer => CustomerJson.From(customer, isSingleResource: false)).ToList();
        var firstPageUri = string.Create(CultureInfo.InvariantCulture, $"/v1/customers?size={size}");
        if (offset + page.Count >= partner.Customers.Count)
        {
            return Results.Json(CollectionJson<CustomerJson>.Page(page, LinkJson.Get(firstPageUri)), ApiJson.Options);
        }

        var token = ContinuationToken.Create(partner.TenantId, offset + page.Count);
        var next = new LinkJson($"{firstPageUri}&seekOperation=Next", "GET", [new LinkHeaderJson("MS-ContinuationToken", token)]);
        return Results.Json(CollectionJson<CustomerJson>.Page(page, LinkJson.Get(firstPageUri), next, token), ApiJson.Options);
    }

    /// <summary><c>GET /v1/customers/{customerId}</c></summary>
    public static IResult Get(string customerId, HttpContext http, EmulatorState state)
    {
        var partner = http.Features.GetRequiredFeature<CallingPartner>().Partner;
        return CustomerAccess.TryFind(state, partner, customerId, out var customer, out var error)
            ? Results.Json(CustomerJson.From(customer, isSingleResource: true), ApiJson.Options)
            : error.ToResult();
    }
}
