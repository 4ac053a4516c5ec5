using System.Collections.Generic;
using System.Management.Automation;
using PartnerSandbox.Engine;

namespace PartnerSandbox.Errors;

/// <summary>
/// What a failure means for one kind of resource, where the catalog's general tables would say it for another: the
/// service's 900117 is "order too old" for an order and "window passed" for a subscription, and "look at it with
/// Get-PCSandboxOrder" names the wrong command for a subscription. Asked before the general tables.
/// </summary>
internal sealed class ErrorContext
{
    /// <summary>Subscriptions: the window is seven days, not sixty, and outcomes are looked at with Get-PCSandboxSubscription.</summary>
    public static readonly ErrorContext Subscriptions = new(
        new CodeTable(partnerCenter: new Dictionary<string, ErrorKind> { ["900117"] = ErrorKinds.CancellationWindowPassed }),
        new Dictionary<PartnerCenterFailure, ErrorKind>
        {
            [PartnerCenterFailure.OutcomeUnknown] = new("OutcomeUnknown", ErrorCategory.ConnectionError, Messages.SubscriptionOutcomeUnknownAction),
            [PartnerCenterFailure.NotConfirmed] = new("CancellationNotConfirmed", ErrorCategory.InvalidResult, Messages.SubscriptionNotConfirmedAction),
        });

    /// <summary>Customers: a removal is looked at with Get-PCSandboxCustomer.</summary>
    public static readonly ErrorContext Customers = new(
        byFailure: new Dictionary<PartnerCenterFailure, ErrorKind>
        {
            [PartnerCenterFailure.OutcomeUnknown] = new("OutcomeUnknown", ErrorCategory.ConnectionError, Messages.CustomerOutcomeUnknownAction),
            [PartnerCenterFailure.NotConfirmed] = new("RemovalNotConfirmed", ErrorCategory.InvalidResult, Messages.CustomerNotConfirmedAction),
        });

    /// <summary>Orders: the general tables say it as it is for orders.</summary>
    public static readonly ErrorContext Orders = new();

    /// <param name="byFailure">For the kinds of failure that no code says more about (<see cref="FailureErrors.General"/>).</param>
    public ErrorContext(CodeTable? codes = null, IReadOnlyDictionary<PartnerCenterFailure, ErrorKind>? byFailure = null)
    {
        Codes = codes ?? new CodeTable();
        ByFailure = byFailure ?? new Dictionary<PartnerCenterFailure, ErrorKind>();
    }

    public CodeTable Codes { get; }

    public IReadOnlyDictionary<PartnerCenterFailure, ErrorKind> ByFailure { get; }
}
