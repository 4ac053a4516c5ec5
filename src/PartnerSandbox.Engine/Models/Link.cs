using System.Collections.Generic;

namespace PartnerSandbox.Engine.Models;

/// <summary>A link in a Partner Center resource; following it means sending every header it lists.</summary>
public sealed class Link
{
    public string? Uri { get; set; }

    public string? Method { get; set; }

    public List<LinkHeader> Headers { get; set; } = new();
}

public sealed class LinkHeader
{
    public string? Key { get; set; }

    public string? Value { get; set; }
}
