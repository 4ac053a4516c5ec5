using System;

namespace PartnerSandbox.Infrastructure.Input;

/// <summary>
/// One id (an order's, a subscription's) looked for in every customer's list: the customers without it say nothing,
/// and "not found" is said once, when every list has come without it. Used on the pipeline thread only (starts and
/// completions alike).
/// </summary>
internal sealed class CustomerSearch
{
    private readonly Action notFound;
    private int pending = 1;
    private int written;

    public CustomerSearch(Action notFound)
    {
        this.notFound = notFound;
    }

    public void Started() => pending++;

    /// <summary>Every customer's list has been asked for.</summary>
    public void AllStarted() => Finished(0);

    public void Finished(int count)
    {
        written += count;
        if (--pending == 0 && written == 0)
        {
            notFound();
        }
    }
}
