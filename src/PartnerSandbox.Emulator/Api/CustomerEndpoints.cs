using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using PartnerSandbox.Emulator.Api.Contracts;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api;

/// <summary><c>/v1/customers</c>: the calling partner's customers, filtered by name and paged with continuation tokens; sandbox deletes.</summary>
internal static class CustomerEndpoints
{
    private const int DefaultPageSize = 500;

    /// <summary>
    /// <c>GET /v1/customers?size=n[&amp;filter=...]</c>, and the next page with <c>seekOperation=Next</c>
    /// and the token header. The next link repeats the filter; the token must belong to this partner,
    /// this filter and the customer list as it still is.
    /// </summary>
    public static IResult List(HttpContext http)
    {
        var partner = http.Features.GetRequiredFeature<CallingPartner>().Partner;
        var query = http.Request.Query;
        var size = DefaultPageSize;
        if (query.ContainsKey("size") && (!int.TryParse(query["size"], NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1))
        {
            return ApiErrors.InvalidInput($"'size' must be a positive whole number, got '{query["size"]}'.").ToResult();
        }

        string? filterText = query["filter"];
        CustomerFilter? filter = null;
        if (filterText is not null && !CustomerFilter.TryParse(filterText, out filter, out var filterError))
        {
            return filterError.ToResult();
        }

        var filterKey = filter?.Key ?? string.Empty;
        var offset = 0;
        if (OpenEnumValue.Matches(query["seekOperation"], "Next")
            && !TryContinue(http.Request.Headers["MS-ContinuationToken"], partner, filterKey, out offset, out var cursorError))
        {
            return cursorError.ToResult();
        }

        var matching = filter is null ? partner.Customers : [.. partner.Customers.Where(filter.Matches)];
        var page = matching.Skip(offset).Take(size).Select(customer => CustomerJson.From(customer, isSingleResource: false)).ToList();
        var firstPageUri = string.Create(CultureInfo.InvariantCulture, $"/v1/customers?size={size}")
            + (filterText is null ? string.Empty : $"&filter={Uri.EscapeDataString(filterText)}");
        if (offset + page.Count >= matching.Count)
        {
            return Results.Json(CollectionJson<CustomerJson>.Page(page, LinkJson.Get(firstPageUri)), ApiJson.Options);
        }

        var token = ContinuationToken.Create(new CustomerPageCursor(partner.TenantId, partner.CustomersVersion, offset + page.Count, filterKey));
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

    /// <summary>
    /// <c>DELETE /v1/customers/{customerId}</c>: sandbox partners only, and only once nothing blocks it
    /// (<see cref="CustomerDeletionRules"/>; the refusal names the orders); the customer, its orders and their
    /// subscriptions are gone.
    /// </summary>
    public static IResult Delete(string customerId, HttpContext http, EmulatorState state) =>
        IdempotentChange.Run(http, state, partner =>
        {
            if (!CustomerAccess.TryFind(state, partner, customerId, out var customer, out var error))
            {
                return IdempotentChange.Refusal(error);
            }

            if (partner.Kind != PartnerKind.Sandbox)
            {
                return IdempotentChange.Refusal(ApiErrors.OnlySandboxCanDeleteCustomers());
            }

            if (CustomerDeletionRules.BlockingOrderIds(customer) is { Count: > 0 } blocking)
            {
                return IdempotentChange.Refusal(ApiErrors.CustomerHasActiveOrders(blocking));
            }

            state.DeleteCustomer(partner, customer);
            return new RecordedAnswer(StatusCodes.Status204NoContent, Body: null);
        });

    /// <summary>Succeeds when the token continues this very listing, giving where the next page starts.</summary>
    private static bool TryContinue(string? token, Partner partner, string filterKey, out int offset, [NotNullWhen(false)] out ApiError? error)
    {
        offset = 0;
        error = null;
        if (string.IsNullOrEmpty(token))
        {
            error = ApiErrors.InvalidInput("the next page needs the MS-ContinuationToken header of the previous page's next link.");
        }
        else if (!ContinuationToken.TryRead(token, out var cursor) || cursor.PartnerTenantId != partner.TenantId)
        {
            error = ApiErrors.InvalidInput("the MS-ContinuationToken was not issued to this partner by this service; start again from the first page.");
        }
        else if (cursor.FilterKey != filterKey)
        {
            error = ApiErrors.InvalidInput("the MS-ContinuationToken belongs to a listing with another filter; send the next link exactly as given.");
        }
        else if (cursor.CustomersVersion != partner.CustomersVersion)
        {
            error = ApiErrors.InvalidInput("the MS-ContinuationToken is stale: the customer list has changed since it was issued; start again from the first page.");
        }
        else
        {
            offset = cursor.Offset;
        }

        return error is null;
    }
}
