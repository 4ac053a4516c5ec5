using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api;

/// <summary>
/// The customer listing's <c>filter</c>: <c>{"Field":"CompanyName","Value":"cont","Operator":"starts_with"}</c>,
/// the only search the service documents for customers. Company names match ignoring case;
/// property names are read in any case, and the operator like any open enum value.
/// </summary>
internal sealed record CustomerFilter(string Prefix)
{
    private const string Shape = "the filter must be {\"Field\":\"CompanyName\",\"Value\":\"<start of the name>\",\"Operator\":\"starts_with\"}";

    /// <summary>Identifies the filter inside continuation tokens: the same prefix, ignoring case, is the same listing.</summary>
    public string Key => Prefix.ToUpperInvariant();

    public bool Matches(Customer customer) => customer.CompanyName.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

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
            else if (!string.Equals(JsonProperties.String(root, "Field"), "CompanyName", StringComparison.OrdinalIgnoreCase))
            {
                error = ApiErrors.InvalidInput($"{Shape}; 'Field' must be 'CompanyName', got '{JsonProperties.String(root, "Field")}'.");
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
                filter = new CustomerFilter(prefix);
            }
        }
        catch (JsonException)
        {
            error = ApiErrors.InvalidInput($"{Shape}, URL-encoded; '{text}' is not valid JSON.");
        }

        return filter is not null;
    }
}
