using System;
using System.Runtime.InteropServices;
using System.Security;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>Opens a SecureString at the last moment, for a library (MSAL) that takes secrets only as strings.</summary>
internal static class SecureStrings
{
    /// <summary>A read-only SecureString holding <paramref name="value"/>, for handing a secret back to the caller.</summary>
    public static SecureString Seal(string value)
    {
        var sealedValue = new SecureString();
        foreach (var character in value)
        {
            sealedValue.AppendChar(character);
        }

        sealedValue.MakeReadOnly();
        return sealedValue;
    }

    public static string Reveal(SecureString secret)
    {
        if (secret is null)
        {
            throw new ArgumentNullException(nameof(secret));
        }

        var pointer = Marshal.SecureStringToGlobalAllocUnicode(secret);
        try
        {
            return Marshal.PtrToStringUni(pointer) ?? string.Empty;
        }
        finally
        {
            Marshal.ZeroFreeGlobalAllocUnicode(pointer);
        }
    }
}
