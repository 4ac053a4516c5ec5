using System;
using System.Text;
using System.Text.Json;

namespace PartnerSandbox.Engine.Authentication
{
    /// <summary>
    /// Reads a JWT's claims without validating it: the sign-in service and the API validate tokens; the module only
    /// needs to tell whether a caller's token is a JWT at all and when it ends.
    /// </summary>
    internal static class UnverifiedJwt
    {
        /// <summary>The "exp" claim of a JWT; null when it is not a JWT or has no "exp".</summary>
        public static DateTimeOffset? ReadExpiry(string jwt) => TryRead(jwt, out var expiry) ? expiry : null;

        /// <summary>True when <paramref name="jwt"/> has a header and claims that are JSON objects; <paramref name="expiry"/> is its "exp", if any.</summary>
        public static bool TryRead(string jwt, out DateTimeOffset? expiry)
        {
            expiry = null;
            var parts = jwt.Split('.');
            if (parts.Length != 3)
            {
                return false;
            }

            try
            {
                using var header = JsonDocument.Parse(Decode(parts[0]));
                using var claims = JsonDocument.Parse(Decode(parts[1]));
                if (header.RootElement.ValueKind != JsonValueKind.Object || claims.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return false;
                }

                expiry = claims.RootElement.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds)
                    ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                    : null;
                return true;
            }
            catch (Exception ex) when (ex is FormatException || ex is JsonException || ex is ArgumentException)
            {
                return false;
            }
        }

        private static string Decode(string base64Url)
        {
            var base64 = base64Url.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
    }
}
