namespace PartnerSandbox.Engine.Models;

/// <summary>The customers filter the service takes: {"Field":"CompanyName","Value":"...","Operator":"starts_with"}.</summary>
internal sealed class CustomerFilter
{
    public CustomerFilter(string namePrefix)
    {
        Value = namePrefix;
    }

    [System.Text.Json.Serialization.JsonPropertyName("Field")]
    public string Field { get; } = "CompanyName";

    [System.Text.Json.Serialization.JsonPropertyName("Value")]
    public string Value { get; }

    [System.Text.Json.Serialization.JsonPropertyName("Operator")]
    public string Operator { get; } = "starts_with";
}
