using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSandbox.Engine;

/// <summary>
/// What a verified change acts on (an order, a subscription, a customer): its name for messages, how to read it
/// again, and how to tell from what the service shows whether the change took effect.
/// </summary>
internal abstract class ChangeSubject<T>
    where T : class
{
    protected ChangeSubject(string noun, string id, string customerId)
    {
        Noun = noun;
        Id = id;
        CustomerId = customerId;
    }

    /// <summary>"order", "subscription", "customer".</summary>
    public string Noun { get; }

    public string Id { get; }

    public string CustomerId { get; }

    /// <summary>What the change is called: "cancellation", "removal".</summary>
    public abstract string Change { get; }

    /// <summary>What the resource is once the change took effect: "cancelled", "removed".</summary>
    public abstract string DoneWord { get; }

    /// <summary>"order o1 of customer c", or "customer c".</summary>
    public virtual string Name => string.Format(CultureInfo.InvariantCulture, EngineMessages.ResourceOfCustomer, Noun, Id, CustomerId);

    public abstract Task<T> ReadAsync(CancellationToken cancellationToken);

    /// <summary>The id the resource gives itself (an answer naming another one is not this resource).</summary>
    public abstract string? IdOf(T resource);

    public abstract string? StatusOf(T resource);

    public abstract bool IsDone(T resource);

    /// <summary>How a read shows the resource, for "read again afterwards, X shows status 'completed'".</summary>
    public virtual string Shows(T resource) => string.Format(CultureInfo.InvariantCulture, EngineMessages.ShowsStatus, StatusOf(resource));
}
