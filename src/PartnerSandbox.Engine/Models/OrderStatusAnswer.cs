namespace PartnerSandbox.Engine.Models;

/// <summary>An order answer read for <see cref="OrderDetail.IdAndStatus"/>: every other property is skipped.</summary>
internal sealed class OrderStatusAnswer
{
    public string Id { get; set; } = string.Empty;

    public string? Status { get; set; }

    public Order ToOrder() => new() { Id = Id, Status = Status };
}
