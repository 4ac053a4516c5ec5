using System.Collections.Generic;

namespace PartnerSandbox.Emulator.Api.Contracts;

/// <summary>A (page of a) collection. <c>TotalCount</c> counts this page only, as the service does.</summary>
internal sealed record CollectionJson<T>(
    int TotalCount,
    IReadOnlyList<T> Items,
    CollectionLinksJson Links,
    string? ContinuationToken,
    ResourceAttributesJson Attributes)
{
    public static CollectionJson<T> Page(IReadOnlyList<T> items, LinkJson self, LinkJson? next = null, string? continuationToken = null) =>
        new(items.Count, items, new CollectionLinksJson(self, next), continuationToken, new ResourceAttributesJson("Collection"));
}

internal sealed record CollectionLinksJson(LinkJson Self, LinkJson? Next);
