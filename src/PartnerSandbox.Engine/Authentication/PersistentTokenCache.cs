using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Identity.Client.Extensions.Msal;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>
/// The opt-in persistent user token cache (-PersistTokenCache), so an interactive user does not sign in again in
/// every session. Encrypted where the operating system offers it: DPAPI on Windows, the Keychain on macOS, the
/// Secret Service keyring on Linux. On Linux without a keyring (a server or a container) it falls back to a file
/// that only its owner can read, and says so with a warning.
/// </summary>
internal sealed class PersistentTokenCache
{
    public const string FileName = "partnersandbox.msalcache.bin";
    private readonly MsalCacheHelper helper;

    private PersistentTokenCache(MsalCacheHelper helper)
    {
        this.helper = helper;
    }

    /// <summary>~/.PartnerSandbox (LocalApplicationData on Windows), read each time so that it follows $HOME.</summary>
    public static string Directory => Path.Combine(MsalCacheHelper.UserRootDirectory, ".PartnerSandbox");

    /// <summary>Opens the store: encrypted where the system can, otherwise the owner-only file (with a warning).</summary>
    public static async Task<PersistentTokenCache> OpenAsync()
    {
        var encrypted = new StorageCreationPropertiesBuilder(FileName, Directory)
            .WithLinuxKeyring(
                "com.partnersandbox.tokencache",
                MsalCacheHelper.LinuxKeyRingDefaultCollection,
                "PartnerSandbox token cache",
                new KeyValuePair<string, string>("Product", "PartnerSandbox"),
                new KeyValuePair<string, string>("Version", "1"))
            .WithMacKeyChain("PartnerSandbox.TokenCache", "PartnerSandbox")
            .Build();
        var helper = await MsalCacheHelper.CreateAsync(encrypted).ConfigureAwait(false);
        try
        {
            helper.VerifyPersistence();
        }
        catch (MsalCachePersistenceException)
        {
            var ownerOnly = new StorageCreationPropertiesBuilder(FileName, Directory).WithLinuxUnprotectedFile().Build();
            helper = await MsalCacheHelper.CreateAsync(ownerOnly).ConfigureAwait(false);
            EngineLog.Current?.Warning(string.Format(CultureInfo.InvariantCulture, EngineMessages.TokenCacheWithoutKeyring, Path.Combine(Directory, FileName)));
        }

        return new PersistentTokenCache(helper);
    }

    /// <summary>The stored cache, in MSAL's v3 format (empty when nothing is stored).</summary>
    public byte[] Load() => helper.LoadUnencryptedTokenCache();

    public void Save(byte[] serializedCache) => helper.SaveUnencryptedTokenCache(serializedCache);

    /// <summary>Deletes what was stored (Disconnect-PCSandbox).</summary>
    public void Clear()
    {
#pragma warning disable CS0618 // Clear is the documented way to delete the persisted cache; its replacement is not in netstandard2.0.
        helper.Clear();
#pragma warning restore CS0618
    }
}
