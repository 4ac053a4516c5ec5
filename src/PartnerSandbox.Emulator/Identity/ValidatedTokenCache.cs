using System;
using System.Collections.Concurrent;
using System.Threading;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>
/// Tokens already read and whose signature was checked, by token string, so that the API's hot path does
/// not verify an RSA signature on every call. Entries past their expiry are dropped when the cache fills.
/// </summary>
internal sealed class ValidatedTokenCache
{
    /// <summary>Far above what a test or benchmark uses at once, low enough to bound memory.</summary>
    private const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, ValidatedToken> tokens = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock; an approximate count is enough to know when to prune.
    private int approximateCount;

    public bool TryGet(string token, out ValidatedToken validated) => tokens.TryGetValue(token, out validated!);

    public void Add(string token, ValidatedToken validated, DateTime now)
    {
        if (Interlocked.Increment(ref approximateCount) > Capacity)
        {
            Prune(now);
        }

        tokens[token] = validated;
    }

    private void Prune(DateTime now)
    {
        foreach (var (token, validated) in tokens)
        {
            if (validated.ValidTo < now)
            {
                tokens.TryRemove(token, out _);
            }
        }

        if (tokens.Count >= Capacity)
        {
            tokens.Clear();
        }

        Volatile.Write(ref approximateCount, tokens.Count);
    }
}
