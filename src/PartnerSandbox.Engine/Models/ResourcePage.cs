using System.Collections.Generic;

namespace PartnerSandbox.Engine.Models;

/// <summary>A page of resources. TotalCount is the count of this page, not a grand total.</summary>
public sealed class ResourcePage<T>
{
    public int TotalCount { get; set; }

    public List<T> Items { get; set; } = new();

    public CollectionLinks? Links { get; set; }

    public string? ContinuationToken { get; set; }
}

public sealed class CollectionLinks
{
    public Link? Self { get; set; }

    public Link? Next { get; set; }
}
