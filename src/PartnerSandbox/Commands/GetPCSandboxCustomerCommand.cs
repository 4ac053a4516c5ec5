using System;
using System.Management.Automation;
using PartnerSandbox.Engine;
using PartnerSandbox.Infrastructure;

namespace PartnerSandbox.Commands
{
    /// <summary>Lists the partner's customers (every page), finds them by name prefix, or gets them by id.</summary>
    [Cmdlet(VerbsCommon.Get, "PCSandboxCustomer", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(PCSandboxCustomer))]
    public sealed class GetPCSandboxCustomerCommand : PCSandboxApiCmdlet
    {
        public const string ListSet = "List";
        public const string ByIdSet = "ById";

        /// <summary>Only customers whose company name starts with this text (the service's starts_with filter).</summary>
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [Alias("CompanyName")]
        public string? Name { get; set; }

        /// <summary>The customers' tenant ids.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CustomerIdCompleter))]
        public string[] CustomerId { get; set; } = Array.Empty<string>();

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ListSet)
            {
                try
                {
                    foreach (var customer in EnumerateCustomers(Name))
                    {
                        WriteObject(new PCSandboxCustomer(customer));
                    }
                }
                catch (PartnerCenterException ex)
                {
                    WriteEngineError(ex, Name);
                }

                return;
            }

            var client = Client;
            foreach (var id in CustomerId)
            {
                Queue.StartWhenFree(
                    Concurrency.Requests,
                    token => client.GetCustomerAsync(id, token),
                    customer => WriteObject(new PCSandboxCustomer(customer)),
                    error => WriteEngineError(error, id));
            }
        }

        protected override void EndProcessing() => Queue.PumpUntilIdle();
    }
}
