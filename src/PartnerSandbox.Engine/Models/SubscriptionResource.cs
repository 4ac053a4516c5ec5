using System.Text.Json;
using System.Text.Json.Nodes;
using PartnerSandbox.Engine.Json;

namespace PartnerSandbox.Engine.Models;

/// <summary>
/// A subscription as the service sent it, whole: the update page's PATCH takes "a full Subscription resource" with its
/// status changed (a partial one resets what it leaves out), so the change is that JSON sent back, nothing dropped.
/// </summary>
internal sealed class SubscriptionResource
{
    private readonly JsonObject json;

    public SubscriptionResource(JsonObject json)
    {
        this.json = json;
        Value = json.Deserialize<Subscription>(PartnerCenterJson.Options) ?? new Subscription();
    }

    public Subscription Value { get; }

    /// <summary>The resource with its status (whatever the case of the service's property name) replaced.</summary>
    public byte[] WithStatus(string status)
    {
        var changed = (JsonObject)json.DeepClone();
        string? existing = null;
        foreach (var property in changed)
        {
            if (string.Equals(property.Key, "status", System.StringComparison.OrdinalIgnoreCase))
            {
                existing = property.Key;
            }
        }

        changed[existing ?? "status"] = status;
        return JsonSerializer.SerializeToUtf8Bytes(changed, PartnerCenterJson.Options);
    }
}
