using System.Text.Json.Serialization;
using PartnerSandbox.Engine.Json;

namespace PartnerSandbox.Engine.Models
{
    /// <summary>
    /// The error body, in both shapes the service uses: {"code", "description", ...} and the throttling one
    /// {"statusCode", "message"}. Extra fields of newer shapes are ignored.
    /// </summary>
    internal sealed class ServiceErrorBody
    {
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Code { get; set; }

        public string? Description { get; set; }

        public string? Message { get; set; }

        public string? Source { get; set; }
    }
}
