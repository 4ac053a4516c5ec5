using System.Collections.Generic;

namespace PartnerSandbox.Records;

/// <summary>What one record of Get-PCSandboxCustomer asks for, captured when the record arrives: ids, or a name filter.</summary>
public sealed class CustomerQuery
{
    internal CustomerQuery(IReadOnlyList<string>? customerIds, CustomerNameFilter? name)
    {
        CustomerIds = customerIds;
        Name = name;
    }

    /// <summary>The customers asked for by id; null: list the customers (all, or those <see cref="Name"/> selects).</summary>
    internal IReadOnlyList<string>? CustomerIds { get; }

    internal CustomerNameFilter? Name { get; }
}
