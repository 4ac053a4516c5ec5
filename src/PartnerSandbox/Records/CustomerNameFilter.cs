using System.Globalization;
using System.Management.Automation;
using System.Text;

namespace PartnerSandbox.Records;

/// <summary>
/// Get-PCSandboxCustomer -Name as PowerShell users write it. The service knows one operator, starts_with (case
/// ignored), so a plain name is a prefix, as it always was; a wildcard pattern asks the service for its literal
/// prefix (what comes before the first wildcard: everything, for 'Cont*') and is matched here over what comes back.
/// </summary>
public sealed class CustomerNameFilter
{
    private readonly WildcardPattern? pattern;

    private CustomerNameFilter(string servicePrefix, WildcardPattern? pattern)
    {
        ServicePrefix = servicePrefix;
        this.pattern = pattern;
    }

    /// <summary>What the service's starts_with filter is given; empty: every customer is asked for.</summary>
    internal string ServicePrefix { get; }

    /// <summary>Whether a customer the service returned is one the user asked for.</summary>
    internal bool IsMatch(string? companyName) => pattern is null || pattern.IsMatch(companyName ?? string.Empty);

    /// <summary>The filter for <paramref name="name"/>, or null with <paramref name="problem"/> when it is not a valid pattern.</summary>
    internal static CustomerNameFilter? Parse(string name, out string? problem)
    {
        problem = null;
        if (!WildcardPattern.ContainsWildcardCharacters(name))
        {
            return new CustomerNameFilter(WildcardPattern.Unescape(name), null);
        }

        var pattern = new WildcardPattern(name, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
        try
        {
            // The pattern is parsed on its first use: a bad one ('Contoso[') is found here, before anything is sent.
            pattern.IsMatch(string.Empty);
        }
        catch (WildcardPatternException ex)
        {
            problem = string.Format(CultureInfo.InvariantCulture, Messages.NotAWildcardPattern, name, ex.Message);
            return null;
        }

        return new CustomerNameFilter(LiteralPrefix(name), pattern);
    }

    // The characters before the first wildcard, with their escapes (`*, `?, `[) resolved.
    private static string LiteralPrefix(string pattern)
    {
        var prefix = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '`' && i + 1 < pattern.Length)
            {
                prefix.Append(pattern[++i]);
            }
            else if (c == '*' || c == '?' || c == '[')
            {
                break;
            }
            else
            {
                prefix.Append(c);
            }
        }

        return prefix.ToString();
    }
}
