using System;
using System.Collections.Generic;
using PartnerSandbox.Engine;

namespace PartnerSandbox.Errors;

/// <summary>
/// Error kinds by service code, one table for each service that gives codes: a code is looked up only in the table of
/// the service that gave it, as codes of different services can share digits. Codes compare case-insensitively.
/// </summary>
internal sealed class CodeTable
{
    private readonly Dictionary<string, ErrorKind> partnerCenter;
    private readonly Dictionary<string, ErrorKind> entraId;

    public CodeTable(IDictionary<string, ErrorKind>? partnerCenter = null, IDictionary<string, ErrorKind>? entraId = null)
    {
        this.partnerCenter = new Dictionary<string, ErrorKind>(partnerCenter ?? new Dictionary<string, ErrorKind>(), StringComparer.OrdinalIgnoreCase);
        this.entraId = new Dictionary<string, ErrorKind>(entraId ?? new Dictionary<string, ErrorKind>(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>What the failure's code means, read in the table of the service that gave it; null when there is no code or it is not here.</summary>
    public ErrorKind? Find(PartnerCenterException exception)
    {
        var table = exception.CodeSource switch
        {
            ErrorSource.PartnerCenter => partnerCenter,
            ErrorSource.EntraId => entraId,
            _ => null,
        };
        return exception.ServiceCode is string code && table is not null && table.TryGetValue(code, out var kind) ? kind : null;
    }
}
