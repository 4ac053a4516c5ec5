using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Http;
using PartnerSandbox.Engine.Json;
using PartnerSandbox.Engine.Models;

namespace PartnerSandbox.Engine;

/// <summary>The Partner Center operations this module needs, over a connection's request runner.</summary>
public sealed class PartnerCenterClient
{
    private static readonly HttpMethod Patch = new("PATCH");
    private readonly RequestRunner runner;

    internal PartnerCenterClient(RequestRunner runner)
    {
        this.runner = runner;
    }

    /// <summary>The first page of the partner's customers; <paramref name="namePrefix"/> filters by company name (starts with).</summary>
    public Task<ResourcePage<Customer>> GetCustomersAsync(string? namePrefix, int pageSize, CancellationToken cancellationToken)
    {
        var path = "v1/customers?size=" + pageSize.ToString(CultureInfo.InvariantCulture);
        if (!string.IsNullOrEmpty(namePrefix))
        {
            var filter = JsonSerializer.Serialize(new CustomerFilter(namePrefix!), PartnerCenterJson.Options);
            path += "&filter=" + Uri.EscapeDataString(filter);
        }

        return GetAsync<ResourcePage<Customer>>(path, cancellationToken);
    }

    /// <summary>The page a "next" link points to, sent with every header the link lists.</summary>
    public Task<ResourcePage<T>> GetNextPageAsync<T>(Link next, CancellationToken cancellationToken) =>
        SendAsync<ResourcePage<T>>(LinkResolver.ToRequest(next), cancellationToken);

    public Task<Customer> GetCustomerAsync(string customerId, CancellationToken cancellationToken) =>
        GetAsync<Customer>(CustomerPath(customerId), cancellationToken);

    /// <summary>A customer's orders (not paged by the service); <paramref name="billingType"/> filters by billing cycle.</summary>
    public async Task<IReadOnlyList<Order>> GetOrdersAsync(string customerId, string? billingType, bool includePrice, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(billingType))
        {
            query.Add("billingType=" + Uri.EscapeDataString(billingType!));
        }

        if (includePrice)
        {
            query.Add("include_price=true");
        }

        var path = OrdersPath(customerId) + (query.Count == 0 ? string.Empty : "?" + string.Join("&", query));
        var page = await GetAsync<ResourcePage<Order>>(path, cancellationToken).ConfigureAwait(false);
        return page.Items;
    }

    public Task<Order> GetOrderAsync(string customerId, string orderId, CancellationToken cancellationToken) =>
        GetOrderAsync(customerId, orderId, OrderDetail.Full, cancellationToken);

    public Task<Order> GetOrderAsync(string customerId, string orderId, OrderDetail detail, CancellationToken cancellationToken) =>
        SendForOrderAsync(new RequestTemplate(HttpMethod.Get, OrderPath(customerId, orderId)), detail, cancellationToken);

    /// <summary>
    /// Sends the cancellation with the minimal body the contract gives and returns what the service answered, as it
    /// answered it: whether that is the cancelled order is for <see cref="OrderCancellation"/> to judge.
    /// </summary>
    public Task<Order> SendCancellationAsync(string customerId, string orderId, CancellationToken cancellationToken) =>
        SendCancellationAsync(customerId, orderId, OrderDetail.Full, cancellationToken);

    public Task<Order> SendCancellationAsync(string customerId, string orderId, OrderDetail detail, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new CancelOrderRequest(ResourceIds.RequireOrderId(orderId)), PartnerCenterJson.Options);
        return SendForOrderAsync(new RequestTemplate(Patch, OrderPath(customerId, orderId), body), detail, cancellationToken);
    }

    /// <summary>A customer's subscriptions (not paged by the service); <paramref name="orderId"/> keeps those of one order.</summary>
    public async Task<IReadOnlyList<Subscription>> GetSubscriptionsAsync(string customerId, string? orderId, CancellationToken cancellationToken)
    {
        var query = orderId is null ? string.Empty : "?order_id=" + Uri.EscapeDataString(ResourceIds.RequireOrderId(orderId));
        var page = await GetAsync<ResourcePage<Subscription>>(SubscriptionsPath(customerId) + query, cancellationToken).ConfigureAwait(false);
        return page.Items;
    }

    public async Task<Subscription> GetSubscriptionAsync(string customerId, string subscriptionId, CancellationToken cancellationToken) =>
        (await GetSubscriptionResourceAsync(customerId, subscriptionId, cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>The Azure subscriptions under an Azure plan (none for another product).</summary>
    public async Task<IReadOnlyList<AzureEntitlement>> GetAzureEntitlementsAsync(string customerId, string subscriptionId, CancellationToken cancellationToken)
    {
        var page = await GetAsync<ResourcePage<AzureEntitlement>>(SubscriptionPath(customerId, subscriptionId) + "/azureEntitlements", cancellationToken).ConfigureAwait(false);
        return page.Items;
    }

    internal async Task<SubscriptionResource> GetSubscriptionResourceAsync(string customerId, string subscriptionId, CancellationToken cancellationToken) =>
        new(await GetAsync<JsonObject>(SubscriptionPath(customerId, subscriptionId), cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Sends the subscription back as it was read, with <paramref name="status"/>, and returns what the service answered:
    /// whether that is the changed subscription is for <see cref="SubscriptionCancellation"/> to judge.
    /// </summary>
    internal Task<Subscription> SendSubscriptionStatusAsync(string customerId, SubscriptionResource current, string status, CancellationToken cancellationToken) =>
        SendAsync<Subscription>(new RequestTemplate(Patch, SubscriptionPath(customerId, current.Value.Id), current.WithStatus(status)), cancellationToken);

    /// <summary>Deletes an integration-sandbox customer; success is any 2xx (the service answers 204 without a body).</summary>
    public Task<bool> SendCustomerDeletionAsync(string customerId, CancellationToken cancellationToken) =>
        runner.SendAsync(new RequestTemplate(HttpMethod.Delete, CustomerPath(customerId)), (_, _) => Task.FromResult(true), cancellationToken);

    private static string CustomerPath(string customerId) => "v1/customers/" + ResourceIds.RequireCustomerId(customerId);

    private static string OrdersPath(string customerId) => CustomerPath(customerId) + "/orders";

    private static string OrderPath(string customerId, string orderId) => OrdersPath(customerId) + "/" + Uri.EscapeDataString(ResourceIds.RequireOrderId(orderId));

    private static string SubscriptionsPath(string customerId) => CustomerPath(customerId) + "/subscriptions";

    private static string SubscriptionPath(string customerId, string subscriptionId) =>
        SubscriptionsPath(customerId) + "/" + Uri.EscapeDataString(ResourceIds.RequireSubscriptionId(subscriptionId));

    private async Task<Order> SendForOrderAsync(RequestTemplate request, OrderDetail detail, CancellationToken cancellationToken) =>
        detail == OrderDetail.IdAndStatus
            ? (await SendAsync<OrderStatusAnswer>(request, cancellationToken).ConfigureAwait(false)).ToOrder()
            : await SendAsync<Order>(request, cancellationToken).ConfigureAwait(false);

    private Task<T> GetAsync<T>(string relativePath, CancellationToken cancellationToken)
        where T : class =>
        SendAsync<T>(new RequestTemplate(HttpMethod.Get, relativePath), cancellationToken);

    private Task<T> SendAsync<T>(RequestTemplate request, CancellationToken cancellationToken)
        where T : class =>
        runner.SendAsync(request, (body, token) => ReadJsonAsync<T>(body, request, token), cancellationToken);

    private static async Task<T> ReadJsonAsync<T>(AnswerStream body, RequestTemplate request, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(body, PartnerCenterJson.Options, cancellationToken).ConfigureAwait(false);
            if (value is not null)
            {
                return value;
            }
        }
        catch (JsonException)
        {
            // Not JSON, or not this shape: reported below with the start of what came.
        }

        var start = body.Start();
        throw new PartnerCenterException(
            PartnerCenterFailure.UnreadableResponse,
            string.Format(
                CultureInfo.InvariantCulture,
                EngineMessages.ResponseNotUnderstood,
                request.Method,
                "/" + request.RelativeUri.Split('?')[0],
                request.RequestId,
                start.Length == 0 ? EngineMessages.EmptyBody : new string(start.Where(c => !char.IsControl(c)).ToArray())),
            requestId: request.RequestId,
            correlationId: request.CorrelationId);
    }
}
