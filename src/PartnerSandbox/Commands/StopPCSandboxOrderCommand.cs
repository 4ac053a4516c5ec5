using System;
using System.Globalization;
using System.Management.Automation;
using PartnerSandbox.Engine;
using PartnerSandbox.Errors;

namespace PartnerSandbox.Commands
{
    /// <summary>
    /// Cancels integration-sandbox orders. Orders come from the pipeline (Get-PCSandboxOrder) or as CustomerId/OrderId
    /// pairs bound by property name (Import-Csv rows). Each order is its own unit of work: a failure is a
    /// non-terminating error and the next order is still processed.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Stop, "PCSandboxOrder", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(PCSandboxOrder))]
    public sealed class StopPCSandboxOrderCommand : PCSandboxApiCmdlet
    {
        public const string ByIdSet = "ById";
        public const string ByOrderSet = "ByOrder";

        /// <summary>An order from Get-PCSandboxOrder.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ByOrderSet)]
        [ValidateNotNull]
        public PCSandboxOrder? InputObject { get; set; }

        /// <summary>The customer's tenant id.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [AllowEmptyString]
        public string CustomerId { get; set; } = string.Empty;

        /// <summary>The order's id.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [Alias("Id")]
        [AllowEmptyString]
        public string OrderId { get; set; } = string.Empty;

        /// <summary>Write the cancelled order, as the service returned it.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var client = ActiveConnection.Session.Client;
            var order = InputObject ?? ReadOrder(client);
            if (order is null)
            {
                return;
            }

            var now = DateTimeOffset.UtcNow;
            if (SandboxRules.IsPastCancellationWindow(order.CreationDate, now))
            {
                WriteTooOld(order, now);
                return;
            }

            if (order.IsCancelled)
            {
                WriteWarning(string.Format(CultureInfo.InvariantCulture, Messages.AlreadyCancelled, order.OrderId, order.CustomerId));
                return;
            }

            var target = string.Format(
                CultureInfo.InvariantCulture,
                Messages.ShouldProcessTarget,
                order.OrderId,
                order.CustomerId,
                order.CreationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? Messages.UnknownDate,
                order.Status);
            if (!ShouldProcess(target, Messages.ShouldProcessAction))
            {
                return;
            }

            WriteVerbose(string.Format(CultureInfo.InvariantCulture, Messages.Cancelling, order.OrderId, order.CustomerId));
            try
            {
                var cancelled = RunEngine(token => client.CancelOrderAsync(order.CustomerId, order.OrderId, token));
                if (PassThru)
                {
                    WriteObject(new PCSandboxOrder(order.CustomerId, cancelled, DateTimeOffset.UtcNow));
                }
            }
            catch (PartnerCenterException ex)
            {
                WriteError(ErrorCatalog.FromEngine(ex, order));
            }
        }

        /// <summary>For input by id: reads the order first, since its age and status decide whether it may be cancelled.</summary>
        private PCSandboxOrder? ReadOrder(PartnerCenterClient client)
        {
            foreach (var (name, value, what) in new[] { ("CustomerId", CustomerId, "customer's tenant id"), ("OrderId", OrderId, "order id") })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    var message = string.Format(CultureInfo.InvariantCulture, Messages.EmptyIdentifier, name, what);
                    WriteError(ErrorCatalog.Create(new ArgumentException(message, name), ErrorCatalog.InvalidArgument, name, message));
                    return null;
                }
            }

            try
            {
                var order = RunEngine(token => client.GetOrderAsync(CustomerId, OrderId, token));
                return new PCSandboxOrder(CustomerId, order, DateTimeOffset.UtcNow);
            }
            catch (PartnerCenterException ex)
            {
                WriteError(ErrorCatalog.FromEngine(ex, OrderId));
                return null;
            }
        }

        private void WriteTooOld(PCSandboxOrder order, DateTimeOffset now)
        {
            var message = string.Format(
                CultureInfo.InvariantCulture,
                Messages.OrderTooOld,
                order.OrderId,
                order.CustomerId,
                order.CreationDate,
                (int)(now - order.CreationDate!.Value).TotalDays,
                SandboxRules.CancellationWindow.TotalDays);
            WriteError(ErrorCatalog.Create(new InvalidOperationException(message), ErrorCatalog.OrderTooOldToCancel, order, message));
        }
    }
}
