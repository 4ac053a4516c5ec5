using System.Collections.Generic;

namespace PartnerSandbox.Records
{
    /// <summary>What one record of Get-PCSandboxCustomer asks for, captured when the record arrives: ids, or a name prefix.</summary>
    public sealed class CustomerQuery
    {
        internal CustomerQuery(IReadOnlyList<string>? customerIds, string? namePrefix)
        {
            CustomerIds = customerIds;
            NamePrefix = namePrefix;
        }

        /// <summary>The customers asked for by id; null: list the customers (all, or those named <see cref="NamePrefix"/>...).</summary>
        internal IReadOnlyList<string>? CustomerIds { get; }

        internal string? NamePrefix { get; }
    }
}
