using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Http;
using PartnerSandbox.Engine.Json;
using PartnerSandbox.Engine.Models;

namespace PartnerSandbox.Engine
{
    /// <summary>The Partner Center operations this module needs, over a connection's handler chain.</summary>
    public sealed class PartnerCenterClient
    {
        private static readonly HttpMethod Patch = new("PATCH");
        private readonly HttpClient http;

        internal PartnerCenterClient(HttpClient http)
        {
            this.http = http;
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

            return SendAsync<ResourcePage<Customer>>(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);
        }

        /// <summary>The page a "next" link points to, sent with every header the link lists.</summary>
        public Task<ResourcePage<T>> GetNextPageAsync<T>(Link next, CancellationToken cancellationToken) =>
            SendAsync<ResourcePage<T>>(LinkResolver.ToRequest(next), cancellationToken);

        public Task<Customer> GetCustomerAsync(string customerId, CancellationToken cancellationToken) =>
            SendAsync<Customer>(HttpMethod.Get, CustomerPath(customerId), null, cancellationToken);

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
            var page = await SendAsync<ResourcePage<Order>>(HttpMethod.Get, path, null, cancellationToken).ConfigureAwait(false);
            return page.Items;
        }

        public Task<Order> GetOrderAsync(string customerId, string orderId, CancellationToken cancellationToken) =>
            SendAsync<Order>(HttpMethod.Get, OrderPath(customerId, orderId), null, cancellationToken);

        /// <summary>Cancels an order with the minimal body the contract gives, and returns the cancelled order the service sent back.</summary>
        public Task<Order> CancelOrderAsync(string customerId, string orderId, CancellationToken cancellationToken) =>
            SendAsync<Order>(Patch, OrderPath(customerId, orderId), new CancelOrderRequest(orderId), cancellationToken);

        private static string CustomerPath(string customerId) => "v1/customers/" + Uri.EscapeDataString(customerId);

        private static string OrdersPath(string customerId) => CustomerPath(customerId) + "/orders";

        private static string OrderPath(string customerId, string orderId) => OrdersPath(customerId) + "/" + Uri.EscapeDataString(orderId);

        private Task<T> SendAsync<T>(HttpMethod method, string relativePath, object? body, CancellationToken cancellationToken)
            where T : class
        {
            var request = new HttpRequestMessage(method, relativePath);
            if (body is not null)
            {
                request.Content = new StringContent(JsonSerializer.Serialize(body, body.GetType(), PartnerCenterJson.Options), Encoding.UTF8, "application/json");
            }

            return SendAsync<T>(request, cancellationToken);
        }

        private async Task<T> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
            where T : class
        {
            using var owned = request;
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            var requestId = ContractHeadersHandler.Read(response.Headers, PartnerCenterHeaders.RequestId)
                ?? ContractHeadersHandler.Read(request.Headers, PartnerCenterHeaders.RequestId);
            var correlationId = ContractHeadersHandler.Read(response.Headers, PartnerCenterHeaders.CorrelationId)
                ?? ContractHeadersHandler.Read(request.Headers, PartnerCenterHeaders.CorrelationId);

            if (!response.IsSuccessStatusCode)
            {
                var error = TryRead<ServiceErrorBody>(text);
                throw PartnerCenterException.FromServiceAnswer(
                    response.StatusCode,
                    error?.Code,
                    error?.Description ?? error?.Message,
                    requestId,
                    correlationId,
                    RetryPolicy.ReadRetryAfter(response));
            }

            return TryRead<T>(text) ?? throw new PartnerCenterException(
                PartnerCenterFailure.UnreadableResponse,
                string.Format(CultureInfo.InvariantCulture, EngineMessages.ResponseNotUnderstood, (int)response.StatusCode, requestId, Shorten(text)),
                response.StatusCode,
                requestId: requestId,
                correlationId: correlationId);
        }

        private static T? TryRead<T>(string text)
            where T : class
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            try
            {
                return JsonSerializer.Deserialize<T>(text, PartnerCenterJson.Options);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private static string Shorten(string text) => text.Length <= 200 ? text : text.Substring(0, 200) + "...";
    }
}
