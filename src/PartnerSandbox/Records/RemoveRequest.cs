namespace PartnerSandbox.Records;

/// <summary>One record of Remove-PCSandboxCustomer: a customer from Get-PCSandboxCustomer, or the id of one still to be read.</summary>
public sealed class RemoveRequest
{
    internal RemoveRequest(PCSandboxCustomer customer)
        : this(customer.CustomerId)
    {
        Customer = customer;
    }

    internal RemoveRequest(string customerId)
    {
        CustomerId = customerId;
    }

    /// <summary>The customer as Get-PCSandboxCustomer read it; null when only its id came.</summary>
    internal PCSandboxCustomer? Customer { get; }

    /// <summary>Public, so that an error about a customer not yet read names it (ErrorRecord.TargetObject).</summary>
    public string CustomerId { get; }
}
