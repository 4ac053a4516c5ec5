using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api;

/// <summary>
/// The customer listing's <c>filter</c>: <c>{"Field":"CompanyName","Value":"cont","Operator":"starts_with"}</c>,
/// where the field is one of the SDK's CustomerSearchField names (get-a-customer-by-name): CompanyName, Domain,
/// IndirectReseller (the reseller's tenant id, get-customers-of-an-indirect-reseller) or IndirectCloudSolutionProvider.
/// Values match the start of the field ignoring case; property and field names are read in any case, the operator
/// like any open enum value.
/// </summary>
internal sealed record CustomerFilter(string Field, string Prefix)
{
    private static readonly Dictionary<string, Func<Customer, string?>> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CompanyName"] = customer => customer.CompanyName,
        ["Domain"] = customer => customer.Domain,
        ["IndirectReseller"] = customer => customer.AssociatedPartnerId?.ToString(),
        ["IndirectCloudSolutionProvider"] = customer => customer.IndirectCloudSolutionProviderId?.ToString(),
    };

    private static readonly string Shape =
        $"the filter must be {{\"Field\":\"<{string.Join("|", Fields.Keys)}>\",\"Value\":\"<start of the value>\",\"Operator\":\"starts_with\"}}";

    /// <summary>Identifies the filter inside continuation tokens: the same field and prefix, ignoring case, is the same listing.</summary>
    public string Key => $"{Field}:{Prefix}".ToUpperInvariant();

    public bool Matches(Customer customer) => Fields[Field](customer)?.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) == true;

    public static bool TryParse(string text, [NotNullWhen(true)] out CustomerFilter? filter, [NotNullWhen(false)] out ApiError? error)
    {
        filter = null;
        error = null;
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = ApiErrors.InvalidInput($"{Shape}; got a JSON {root.ValueKind.ToString().ToLowerInvariant()}.");
            }
            else if (Fields.Keys.FirstOrDefault(name => name.Equals(JsonProperties.String(root, "Field"), StringComparison.OrdinalIgnoreCase)) is not { } field)
            {
                error = ApiErrors.InvalidInput($"{Shape}; 'Field' must be one of {string.Join(", ", Fields.Keys)}, got '{JsonProperties.String(root, "Field")}'.");
            }
            else if (!OpenEnumValue.Matches(JsonProperties.String(root, "Operator"), "starts_with"))
            {
                error = ApiErrors.InvalidInput($"{Shape}; 'Operator' must be 'starts_with', got '{JsonProperties.String(root, "Operator")}'.");
            }
            else if (JsonProperties.String(root, "Value") is not { } prefix)
            {
                error = ApiErrors.InvalidInput($"{Shape}; 'Value' must be a string.");
            }
            else
            {
                filter = new CustomerFilter(field, prefix);
            }
        }
        catch (JsonException)
        {
            error = ApiErrors.InvalidInput($"{Shape}, URL-encoded; '{text}' is not valid JSON.");
        }

        return filter is not null;
    }
}
