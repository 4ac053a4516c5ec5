using System;

namespace PartnerSandbox.Emulator.State;

/// <summary>
/// An Azure subscription under an Azure plan (an "Azure entitlement"). While one is active the plan cannot be
/// suspended. Its status changes only under <see cref="EmulatorState.Gate"/>.
/// </summary>
public sealed class AzureEntitlement(string id, string friendlyName, string status)
{
    public const string ActiveStatus = "active";
    public const string InactiveStatus = "inactive";

    public string Id { get; } = id;

    public string FriendlyName { get; } = friendlyName;

    public string Status { get; private set; } = status;

    public bool IsActive => string.Equals(Status, ActiveStatus, StringComparison.OrdinalIgnoreCase);

    /// <summary>How many times its state really changed, so tests can prove nothing happened twice.</summary>
    public int StateChanges { get; private set; }

    internal void Cancel()
    {
        Status = InactiveStatus;
        StateChanges++;
    }
}
