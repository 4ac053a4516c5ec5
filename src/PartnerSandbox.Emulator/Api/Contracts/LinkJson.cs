using System.Collections.Generic;

namespace PartnerSandbox.Emulator.Api.Contracts;

/// <summary>A link as the service writes it: <c>{"uri": "...", "method": "GET", "headers": [...]}</c>.</summary>
internal sealed record LinkJson(string Uri, string Method, IReadOnlyList<LinkHeaderJson> Headers)
{
    public static LinkJson Get(string uri) => new(uri, "GET", []);
}

internal sealed record LinkHeaderJson(string Key, string Value);

/// <summary><c>{"objectType": "Order"}</c> and the like.</summary>
internal sealed record ResourceAttributesJson(string ObjectType);

/// <summary>The links of a resource that has only its own (a customer, an Azure entitlement).</summary>
internal sealed record SelfLinksJson(LinkJson Self);
