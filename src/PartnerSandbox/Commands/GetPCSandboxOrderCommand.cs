using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using PartnerSandbox.Engine;
using PartnerSandbox.Engine.Models;
using PartnerSandbox.Infrastructure;

namespace PartnerSandbox.Commands
{
    /// <summary>
    /// Lists orders: of the given customers (also bound by property name from the pipeline: customer objects, CSV rows),
    /// or of every customer of the partner. Requests for several customers run concurrently (bounded) and orders are
    /// written as each customer's answer arrives.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "PCSandboxOrder")]
    [OutputType(typeof(PCSandboxOrder))]
    public sealed class GetPCSandboxOrderCommand : PCSandboxApiCmdlet
    {
        /// <summary>The customers' tenant ids; without them, every customer of the partner.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CustomerIdCompleter))]
        public string[]? CustomerId { get; set; }

        /// <summary>One order's id; without -CustomerId, the order is looked for among every customer's orders.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? OrderId { get; set; }

        /// <summary>Only orders with this billing cycle (sent to the service as billingType).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(BillingCycleCompleter))]
        public string? BillingCycle { get; set; }

        /// <summary>Only orders with one of these statuses (case and '_' do not matter).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(StatusCompleter))]
        public string[]? Status { get; set; }

        [Parameter]
        public DateTime? CreatedAfter { get; set; }

        [Parameter]
        public DateTime? CreatedBefore { get; set; }

        /// <summary>Only orders that Stop-PCSandboxOrder can cancel: not cancelled, within 60 days, of a kind cancelled by order.</summary>
        [Parameter]
        public SwitchParameter Cancellable { get; set; }

        /// <summary>Ask the service for each order's total price.</summary>
        [Parameter]
        public SwitchParameter IncludePrice { get; set; }

        protected override void ProcessRecord()
        {
            // Piped objects without a CustomerId never get here: PowerShell reports them (InputObjectNotBound).
            if (CustomerId is null)
            {
                ListEveryCustomer();
                return;
            }

            foreach (var customerId in CustomerId)
            {
                StartCustomer(customerId, getOrderById: OrderId is not null);
            }

            Queue.PumpAvailable();
        }

        protected override void EndProcessing() => Queue.PumpUntilIdle();

        private void ListEveryCustomer()
        {
            try
            {
                // An -OrderId without a customer is found in the customers' lists, so the others give no "not found".
                foreach (var customer in EnumerateCustomers(null))
                {
                    StartCustomer(customer.Id, getOrderById: false);
                }
            }
            catch (PartnerCenterException ex)
            {
                WriteEngineError(ex, null);
            }
        }

        private void StartCustomer(string customerId, bool getOrderById)
        {
            var client = Client;
            var orderId = OrderId;
            if (!getOrderById)
            {
                Queue.StartWhenFree(
                    Concurrency.Requests,
                    token => client.GetOrdersAsync(customerId, BillingCycle, IncludePrice, token),
                    orders => WriteSelected(customerId, orders),
                    error => WriteEngineError(error, customerId));
            }
            else
            {
                Queue.StartWhenFree(
                    Concurrency.Requests,
                    token => client.GetOrderAsync(customerId, orderId!, token),
                    order => WriteSelected(customerId, new[] { order }),
                    error => WriteEngineError(error, orderId));
            }
        }

        private void WriteSelected(string customerId, IEnumerable<Order> orders)
        {
            var now = DateTimeOffset.UtcNow;
            foreach (var order in orders.Select(o => new PCSandboxOrder(customerId, o, now)).Where(IsSelected))
            {
                WriteObject(order);
            }
        }

        private bool IsSelected(PCSandboxOrder order) =>
            (OrderId is null || string.Equals(order.OrderId, OrderId, StringComparison.OrdinalIgnoreCase))
            && (Status is null || Status.Any(s => OrderVocabulary.SameValue(s, order.Status)))
            && (CreatedAfter is null || order.CreationDate >= ToOffset(CreatedAfter.Value))
            && (CreatedBefore is null || order.CreationDate <= ToOffset(CreatedBefore.Value))
            && (!Cancellable || order.IsCancellable);

        // Get-Date gives local time; a date typed as text may be UTC or unspecified (taken as local, as PowerShell does).
        private static DateTimeOffset ToOffset(DateTime value) =>
            value.Kind == DateTimeKind.Utc ? new DateTimeOffset(value) : new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Local));
    }
}
