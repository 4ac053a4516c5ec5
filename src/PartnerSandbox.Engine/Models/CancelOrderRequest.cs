namespace PartnerSandbox.Engine.Models;

/// <summary>The minimal PATCH body that cancels an order: {"id": "...", "status": "cancelled"}.</summary>
internal sealed class CancelOrderRequest
{
    public CancelOrderRequest(string id)
    {
        Id = id;
    }

    public string Id { get; }

    public string Status { get; } = SandboxRules.CancelledStatus;
}
