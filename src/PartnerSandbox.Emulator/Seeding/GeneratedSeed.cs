using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PartnerSandbox.Emulator.Seeding;

/// <summary>
/// What <c>--generate &lt;partners&gt;x&lt;customers&gt;x&lt;orders&gt;</c> with <c>--generate-seed &lt;n&gt;</c>
/// asks for: that many sandbox partners, each with that many customers, each with that many orders.
/// </summary>
public sealed record GeneratedSeed(int Partners, int CustomersPerPartner, int OrdersPerCustomer, long Seed = GeneratedSeed.DefaultSeed)
{
    public const long DefaultSeed = 1;

    /// <summary>Keeps a typo from asking for more memory than a test machine has.</summary>
    public const long MaximumOrders = 5_000_000;

    public static bool TryParse(string text, long seed, [NotNullWhen(true)] out GeneratedSeed? spec)
    {
        spec = null;
        var parts = text.Split('x', 'X');
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var partners) || partners < 1
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var customers)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var orders)
            || (long)partners * customers * orders > MaximumOrders)
        {
            return false;
        }

        spec = new GeneratedSeed(partners, customers, orders, seed);
        return true;
    }

    /// <summary>How seed errors and state files name this source.</summary>
    public override string ToString() => FormattableString.Invariant($"--generate {Partners}x{CustomersPerPartner}x{OrdersPerCustomer} --generate-seed {Seed}");
}
