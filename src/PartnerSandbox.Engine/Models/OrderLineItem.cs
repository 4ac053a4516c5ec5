using System.Collections.Generic;

namespace PartnerSandbox.Engine.Models
{
    public sealed class OrderLineItem
    {
        public int LineItemNumber { get; set; }

        public string? OfferId { get; set; }

        public string? SubscriptionId { get; set; }

        public string? ParentSubscriptionId { get; set; }

        public string? FriendlyName { get; set; }

        public int Quantity { get; set; }

        public string? TermDuration { get; set; }

        public string? TransactionType { get; set; }

        public string? PartnerIdOnRecord { get; set; }

        public Dictionary<string, string?>? ProvisioningContext { get; set; }
    }
}
