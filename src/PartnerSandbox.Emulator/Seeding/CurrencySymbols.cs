using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PartnerSandbox.Emulator.Seeding;

/// <summary>The symbol for an ISO 4217 code, from the platform's region data; the code itself when unknown.</summary>
internal static class CurrencySymbols
{
    private static readonly Lazy<FrozenDictionary<string, string>> SymbolsByCode = new(() =>
        CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(culture => new RegionInfo(culture.Name))
            .GroupBy(region => region.ISOCurrencySymbol, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(group => group.Key, group => group.First().CurrencySymbol, StringComparer.OrdinalIgnoreCase));

    public static string For(string currencyCode) =>
        SymbolsByCode.Value.GetValueOrDefault(currencyCode, currencyCode);
}
