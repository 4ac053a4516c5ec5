using System;
using System.Management.Automation;
using PartnerSandbox.Engine;

namespace PartnerSandbox.Commands
{
    /// <summary>Lists a customer's orders, or gets one order. Customer ids bind by property name from the pipeline.</summary>
    [Cmdlet(VerbsCommon.Get, "PCSandboxOrder")]
    [OutputType(typeof(PCSandboxOrder))]
    public sealed class GetPCSandboxOrderCommand : PCSandboxApiCmdlet
    {
        /// <summary>The customer's tenant id; one or more.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] CustomerId { get; set; } = Array.Empty<string>();

        /// <summary>One order's id; without it every order of the customer is listed.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? OrderId { get; set; }

        protected override void ProcessRecord()
        {
            var client = ActiveConnection.Session.Client;
            foreach (var customerId in CustomerId)
            {
                try
                {
                    if (OrderId is null)
                    {
                        var orders = RunEngine(token => client.GetOrdersAsync(customerId, token));
                        var now = DateTimeOffset.UtcNow;
                        foreach (var order in orders)
                        {
                            WriteObject(new PCSandboxOrder(customerId, order, now));
                        }
                    }
                    else
                    {
                        var order = RunEngine(token => client.GetOrderAsync(customerId, OrderId, token));
                        WriteObject(new PCSandboxOrder(customerId, order, DateTimeOffset.UtcNow));
                    }
                }
                catch (PartnerCenterException ex)
                {
                    WriteError(Errors.ErrorCatalog.FromEngine(ex, OrderId ?? customerId));
                }
            }
        }
    }
}
