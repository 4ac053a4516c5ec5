using System;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>A bearer token and when it expires. Its ToString never shows the token.</summary>
public sealed class AccessToken
{
    public AccessToken(string value, DateTimeOffset expiresOn)
    {
        Value = value;
        ExpiresOn = expiresOn;
    }

    public string Value { get; }

    public DateTimeOffset ExpiresOn { get; }

    public override string ToString() => "AccessToken (expires " + ExpiresOn.ToString("u", System.Globalization.CultureInfo.InvariantCulture) + ")";
}
