using System;
using System.Linq;
using PartnerSandbox.Engine;
using PartnerSandbox.Engine.Models;

namespace PartnerSandbox
{
    /// <summary>
    /// An order of a customer. CustomerId and OrderId bind by property name to Stop-PCSandboxOrder and other cmdlets.
    /// Status and BillingCycle are exactly what the service sent, including values this module does not know.
    /// </summary>
    public sealed class PCSandboxOrder
    {
        internal PCSandboxOrder(string customerId, Order order, DateTimeOffset now)
        {
            CustomerId = string.IsNullOrEmpty(order.ReferenceCustomerId) ? customerId : order.ReferenceCustomerId!;
            OrderId = order.Id;
            Status = order.Status;
            CreationDate = order.CreationDate;
            Age = order.CreationDate is DateTimeOffset created ? (int)Math.Floor((now - created).TotalDays) : null;
            BillingCycle = order.BillingCycle;
            TransactionType = order.TransactionType;
            CurrencyCode = order.CurrencyCode;
            TotalPrice = order.TotalPrice;
            LineItems = order.LineItems.Select(i => new PCSandboxOrderLineItem(i)).ToArray();
        }

        public string CustomerId { get; }

        public string OrderId { get; }

        public string? Status { get; }

        public DateTimeOffset? CreationDate { get; }

        /// <summary>Whole days since the order was created, when it was read.</summary>
        public int? Age { get; }

        public string? BillingCycle { get; }

        public string? TransactionType { get; }

        public string? CurrencyCode { get; }

        /// <summary>Only when the service was asked for prices.</summary>
        public decimal? TotalPrice { get; }

        public PCSandboxOrderLineItem[] LineItems { get; }

        public bool IsCancelled => SandboxRules.IsCancelled(Status);

        public override string ToString() => OrderId;
    }
}
