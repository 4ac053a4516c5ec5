using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace PartnerSandbox;

/// <summary>
/// The line items of an order. A collection of its own so that a one-line text of it is readable: Export-Csv and
/// ConvertTo-Csv write a property with its ToString(), which for an array is only its type name.
/// </summary>
public sealed class PCSandboxOrderLineItems : ReadOnlyCollection<PCSandboxOrderLineItem>
{
    internal PCSandboxOrderLineItems(IList<PCSandboxOrderLineItem> items)
        : base(items)
    {
    }

    /// <summary>Every line, as "1 x Azure plan (DZH318Z0BPS6:0001:DZH318Z0BMN4)", separated by "; ".</summary>
    public override string ToString() => string.Join("; ", this);
}
