using System;
using System.Runtime.InteropServices;
using System.Security;

namespace PartnerSandbox.Engine.Authentication
{
    /// <summary>Opens a SecureString at the last moment, for a library (MSAL) that takes secrets only as strings.</summary>
    internal static class SecureStrings
    {
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
}
