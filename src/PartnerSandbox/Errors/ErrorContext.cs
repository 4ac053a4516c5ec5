using System;
using System.Collections.Generic;
using PartnerSandbox.Engine;

namespace PartnerSandbox.Errors;

/// <summary>
/// What a failure means for one kind of resource, where the catalog's general table would say it for another: the
/// service's 900117 is "order too old" for an order and "window passed" for a subscription, and "look at it with
/// Get-PCSandboxOrder" names the wrong command for a subscription. Asked before the general table.
/// </summary>
internal sealed class ErrorContext
{
    public ErrorContext(IReadOnlyDictionary<string, ErrorKind>? byServiceCode = null, IReadOnlyDictionary<PartnerCenterFailure, ErrorKind>? byFailure = null)
    {
        ByServiceCode = byServiceCode ?? new Dictionary<string, ErrorKind>(StringComparer.OrdinalIgnoreCase);
        ByFailure = byFailure ?? new Dictionary<PartnerCenterFailure, ErrorKind>();
    }

    public IReadOnlyDictionary<string, ErrorKind> ByServiceCode { get; }

    public IReadOnlyDictionary<PartnerCenterFailure, ErrorKind> ByFailure { get; }
}
