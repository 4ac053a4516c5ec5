using System.Text.Json;
using System.Text.Json.Serialization;
using PartnerSandbox.Engine.Json;

namespace PartnerSandbox.Engine.Models;

/// <summary>
/// The error body, in every shape the service is known to send: {"code", "description", "data", "source"} with a
/// numeric or string code and data sometimes missing; the newer {"errorName", "isRetryable", "message", ...}, whose
/// errorName stands in for a missing code; and the gateway's {"statusCode", "message"} (throttling, unknown routes).
/// Extra fields are ignored.
/// </summary>
internal sealed class ServiceErrorBody
{
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Code { get; set; }

    public string? ErrorName { get; set; }

    public string? Description { get; set; }

    public string? Message { get; set; }

    public string? Source { get; set; }

    /// <summary>The service's code for the failure: its code, else its errorName; null when it gave neither.</summary>
    [JsonIgnore]
    public string? ServiceCode => !string.IsNullOrWhiteSpace(Code) ? Code : (string.IsNullOrWhiteSpace(ErrorName) ? null : ErrorName);

    /// <summary>What the service said: its description, else its message.</summary>
    [JsonIgnore]
    public string? Text => !string.IsNullOrWhiteSpace(Description) ? Description : Message;

    /// <summary>The error body in <paramref name="body"/>, or null when it is empty or not a JSON object.</summary>
    public static ServiceErrorBody? TryParse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ServiceErrorBody>(body, PartnerCenterJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
