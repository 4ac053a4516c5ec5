using System;
using System.Collections.Generic;

namespace PartnerSandbox.Engine.Models
{
    /// <summary>
    /// A Partner Center order. Status and billing cycle are open sets: they are kept exactly as the service sent them,
    /// so a value this module has never seen neither breaks a listing nor gets renamed.
    /// </summary>
    public sealed class Order
    {
        public string Id { get; set; } = string.Empty;

        public string? AlternateId { get; set; }

        public string? ReferenceCustomerId { get; set; }

        public string? BillingCycle { get; set; }

        public string? TransactionType { get; set; }

        public string? CurrencyCode { get; set; }

        public string? CurrencySymbol { get; set; }

        public DateTimeOffset? CreationDate { get; set; }

        public string? Status { get; set; }

        public decimal? TotalPrice { get; set; }

        public List<OrderLineItem> LineItems { get; set; } = new();

        public OrderLinks? Links { get; set; }
    }

    public sealed class OrderLinks
    {
        public Link? Self { get; set; }

        public Link? ProvisioningStatus { get; set; }

        public Link? PatchOperation { get; set; }
    }
}
