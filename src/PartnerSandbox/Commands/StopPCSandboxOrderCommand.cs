using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using PartnerSandbox.Engine;
using PartnerSandbox.Errors;
using PartnerSandbox.Infrastructure;

namespace PartnerSandbox.Commands
{
    /// <summary>
    /// Cancels integration-sandbox orders. Orders come from the pipeline (Get-PCSandboxOrder) or as CustomerId/OrderId
    /// pairs bound by property name (Import-Csv rows). Each order is its own unit of work: a failure is a
    /// non-terminating error and the next order is still processed. With -ThrottleLimit several requests run at once;
    /// every confirmation is still asked on the pipeline thread before that order's request starts.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Stop, "PCSandboxOrder", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByOrderSet)]
    [OutputType(typeof(PCSandboxOrder))]
    public sealed class StopPCSandboxOrderCommand : PCSandboxApiCmdlet
    {
        public const string ByIdSet = "ById";
        public const string ByOrderSet = "ByOrder";

        private readonly HashSet<string> seen = new(StringComparer.OrdinalIgnoreCase);
        private CancellationProgress? progress;

        /// <summary>An order from Get-PCSandboxOrder.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ByOrderSet)]
        [ValidateNotNull]
        public PCSandboxOrder? InputObject { get; set; }

        /// <summary>The customer's tenant id.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(CustomerIdCompleter))]
        public string CustomerId { get; set; } = string.Empty;

        /// <summary>The order's id.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [Alias("Id")]
        [AllowEmptyString]
        public string OrderId { get; set; } = string.Empty;

        /// <summary>Write the cancelled order, as the service returned it.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>Do not ask for confirmation (-WhatIf and an explicit -Confirm still apply).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>How many orders are read and cancelled at once.</summary>
        [Parameter]
        [ValidateRange(1, 32)]
        public int ThrottleLimit { get; set; } = 1;

        protected override void BeginProcessing()
        {
            progress = CancellationProgress.Create(this);
        }

        protected override void ProcessRecord()
        {
            if (InputObject is not null)
            {
                Consider(InputObject);
            }
            else if (HasIds())
            {
                var client = Client;
                var (customerId, orderId) = (CustomerId, OrderId);
                progress?.Received();
                Queue.StartWhenFree(
                    ThrottleLimit,
                    token => client.GetOrderAsync(customerId, orderId, token),
                    order => Consider(new PCSandboxOrder(customerId, order, DateTimeOffset.UtcNow), alreadyCounted: true),
                    error => Fail(error, orderId));
            }

            Queue.PumpAvailable();
        }

        protected override void EndProcessing()
        {
            Queue.PumpUntilIdle();
            progress?.Complete();
        }

        /// <summary>Decides on one order, on the pipeline thread: local checks, then confirmation, then the request.</summary>
        private void Consider(PCSandboxOrder order, bool alreadyCounted = false)
        {
            if (!alreadyCounted)
            {
                progress?.Received();
            }

            var now = DateTimeOffset.UtcNow;
            if (SandboxRules.IsPastCancellationWindow(order.CreationDate, now))
            {
                WriteTooOld(order, now);
                progress?.Finished();
                return;
            }

            if (order.IsCancelled)
            {
                WriteWarning(string.Format(CultureInfo.InvariantCulture, Messages.AlreadyCancelled, order.OrderId, order.CustomerId));
                progress?.Finished();
                return;
            }

            // The same order twice in one input (a CSV with a repeated row) is cancelled once.
            if (!seen.Add(order.CustomerId + "/" + order.OrderId))
            {
                WriteWarning(string.Format(CultureInfo.InvariantCulture, Messages.DuplicateOrder, order.OrderId, order.CustomerId));
                progress?.Finished();
                return;
            }

            if (!Approve(order))
            {
                progress?.Finished();
                return;
            }

            WriteVerbose(string.Format(CultureInfo.InvariantCulture, Messages.Cancelling, order.OrderId, order.CustomerId));
            var client = Client;
            Queue.StartWhenFree(
                ThrottleLimit,
                token => client.CancelOrderAsync(order.CustomerId, order.OrderId, token),
                cancelled =>
                {
                    progress?.Finished();
                    if (PassThru)
                    {
                        WriteObject(new PCSandboxOrder(order.CustomerId, cancelled, DateTimeOffset.UtcNow));
                    }
                },
                error => Fail(error, order));
        }

        private void Fail(Exception error, object target)
        {
            progress?.Finished();
            WriteEngineError(error, target);
        }

        /// <summary>-Force skips the question unless -WhatIf (or $WhatIfPreference) or an explicit -Confirm asks for it.</summary>
        private bool Approve(PCSandboxOrder order)
        {
            var whatIf = MyInvocation.BoundParameters.TryGetValue("WhatIf", out var w)
                ? ((SwitchParameter)w).IsPresent
                : LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));
            var confirm = MyInvocation.BoundParameters.TryGetValue("Confirm", out var c) && ((SwitchParameter)c).IsPresent;
            if (Force && !whatIf && !confirm)
            {
                return true;
            }

            var target = string.Format(
                CultureInfo.InvariantCulture,
                Messages.ShouldProcessTarget,
                order.OrderId,
                order.CustomerId,
                order.CreationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? Messages.UnknownDate,
                order.Status);
            return ShouldProcess(target, Messages.ShouldProcessAction);
        }

        private bool HasIds()
        {
            foreach (var (name, value, what) in new[] { (nameof(CustomerId), CustomerId, "customer's tenant id"), (nameof(OrderId), OrderId, "order id") })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    var message = string.Format(CultureInfo.InvariantCulture, Messages.EmptyIdentifier, name, what);
                    WriteError(ErrorCatalog.Create(new ArgumentException(message, name), ErrorCatalog.InvalidArgument, name, message));
                    return false;
                }
            }

            return true;
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
