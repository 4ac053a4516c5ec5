using System;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>
/// Reads a JWT's claims without validating it: the sign-in service and the API validate tokens; the module only
/// needs to tell whether a caller's token is a JWT at all, when it ends, and whom it names (to show, never to trust).
/// </summary>
internal static class UnverifiedJwt
{
    // A user's name first (Entra's v1 and v2 tokens name it differently), else the application's id.
    private static readonly string[] AccountClaims = { "upn", "preferred_username", "unique_name", "appid", "azp" };

    /// <summary>The "exp" claim of a JWT; null when it is not a JWT or has no "exp".</summary>
    public static DateTimeOffset? ReadExpiry(string jwt) => TryRead(jwt, out var expiry) ? expiry : null;

    /// <summary>The user a JWT names, else its application; null when it is not a JWT or names neither.</summary>
    public static string? ReadAccount(string jwt)
    {
        string? account = null;
        TryReadClaims(jwt, claims => account = AccountClaims
            .Select(name => claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null)
            .FirstOrDefault(value => !string.IsNullOrEmpty(value)));
        return account;
    }

    /// <summary>True when <paramref name="jwt"/> has a header and claims that are JSON objects; <paramref name="expiry"/> is its "exp", if any.</summary>
    public static bool TryRead(string jwt, out DateTimeOffset? expiry)
    {
        DateTimeOffset? exp = null;
        var read = TryReadClaims(jwt, claims => exp = claims.TryGetProperty("exp", out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null);
        expiry = exp;
        return read;
    }

    private static bool TryReadClaims(string jwt, Action<JsonElement> read)
    {
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

            read(claims.RootElement);
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
