using System;
using System.Linq;
using System.Management.Automation;
using PartnerSandbox.Engine;
using PartnerSandbox.Errors;
using PartnerSandbox.Infrastructure.Pipeline;
using PartnerSandbox.Records;

namespace PartnerSandbox.Commands;

/// <summary>Lists the partner's customers (every page), finds them by name (a prefix or a wildcard pattern), or gets them by id.</summary>
[Cmdlet(VerbsCommon.Get, "PCSandboxCustomer", DefaultParameterSetName = Sets.List)]
[OutputType(typeof(PCSandboxCustomer))]
public sealed class GetPCSandboxCustomerCommand : PCSandboxRecordCmdlet<CustomerQuery>
{
    /// <summary>The parameter set names.</summary>
    internal static class Sets
    {
        public const string List = "List";
        public const string ById = "ById";
    }

    private WorkSlots? slots;

    /// <summary>
    /// Only customers whose company name starts with this text (the service's starts_with filter), or matches this
    /// wildcard pattern (see <see cref="CustomerNameFilter"/>).
    /// </summary>
    [Parameter(Position = 0, ParameterSetName = Sets.List)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [Alias("CompanyName")]
    public string? Name { get; set; }

    /// <summary>The customers' tenant ids.</summary>
    [Parameter(Mandatory = true, ParameterSetName = Sets.ById, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(CustomerIdCompleter))]
    public string[] CustomerId { get; set; } = Array.Empty<string>();

    private WorkSlots Slots => slots ??= Own(new WorkSlots(Concurrency.Requests));

    protected override CustomerQuery? CaptureRecord()
    {
        if (ParameterSetName == Sets.List)
        {
            if (Name is null)
            {
                return new CustomerQuery(null, null);
            }

            var filter = CustomerNameFilter.Parse(Name, out var problem);
            return filter is null ? RejectInput(nameof(Name), problem!, Name) : new CustomerQuery(null, filter);
        }

        foreach (var id in CustomerId)
        {
            if (ResourceIds.WhyNotCustomerId(id) is string problem)
            {
                return RejectInput(nameof(CustomerId), problem, id);
            }
        }

        return new CustomerQuery(CustomerId.ToArray(), null);
    }

    protected override void Process(CustomerQuery query)
    {
        if (query.CustomerIds is null)
        {
            foreach (var customer in EnumerateCustomers(query.Name?.ServicePrefix))
            {
                if (query.Name?.IsMatch(customer.CompanyProfile?.CompanyName) != false)
                {
                    WriteObject(new PCSandboxCustomer(customer));
                }
            }

            return;
        }

        var client = Client;
        foreach (var id in query.CustomerIds)
        {
            StartWork(
                query,
                Slots,
                token => client.GetCustomerAsync(id, token),
                customer => WriteObject(new PCSandboxCustomer(customer)),
                error => WriteEngineError(error, id, Subject.Customer(id)));
        }
    }

    protected override string Describe(CustomerQuery query) =>
        query.CustomerIds is null ? Messages.CustomerListSubject : Subject.Customer(string.Join(", ", query.CustomerIds));
}
