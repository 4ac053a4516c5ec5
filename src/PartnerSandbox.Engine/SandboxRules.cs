using System;

namespace PartnerSandbox.Engine
{
    /// <summary>The integration sandbox's rules that the module checks before it sends anything.</summary>
    public static class SandboxRules
    {
        /// <summary>No sandbox order older than this (from its creationDate) can be cancelled.</summary>
        public static readonly TimeSpan CancellationWindow = TimeSpan.FromDays(60);

        public const string CancelledStatus = "cancelled";

        public static bool IsPastCancellationWindow(DateTimeOffset? creationDate, DateTimeOffset now) =>
            creationDate is DateTimeOffset created && now - created > CancellationWindow;

        public static bool IsCancelled(string? status) => string.Equals(status, CancelledStatus, StringComparison.OrdinalIgnoreCase);
    }
}
