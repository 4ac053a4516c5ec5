namespace PartnerSandbox.Engine;

/// <summary>Where a change stands, as the service shows it.</summary>
public enum ChangeState
{
    /// <summary>The service shows the change done: the order cancelled, the subscription in its cancelled status, the customer gone.</summary>
    Done,

    /// <summary>The service took the change but shows the resource in another status (the change is in progress).</summary>
    Accepted,
}

/// <summary>What became of one change: the state, and the resource as the service last showed it.</summary>
public sealed class ChangeResult<T>
{
    internal ChangeResult(ChangeState state, T resource, bool readAgain)
    {
        State = state;
        Resource = resource;
        ReadAgain = readAgain;
    }

    public ChangeState State { get; }

    public T Resource { get; }

    /// <summary>True when the answer to the change did not say what happened, so the resource was read again to know.</summary>
    public bool ReadAgain { get; }
}
