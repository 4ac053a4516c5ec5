using System;
using System.Globalization;
using System.Management.Automation;
using PartnerSandbox.Errors;
using PartnerSandbox.Infrastructure.Input;

namespace PartnerSandbox.Infrastructure.Changes;

/// <summary>
/// What every command that changes things checks before it sends anything, reads included: that the connection may
/// change anything (a declared integration sandbox the service never showed primary), and that the session can ask
/// the confirmation it would ask. Each failure is one terminating error.
/// </summary>
internal static class ChangePreconditions
{
    /// <param name="cannotAsk">The ConfirmationNotPossible text: which command asks, and before what.</param>
    public static void Check(PSCmdlet cmdlet, PCSandboxConnection connection, bool force, string cannotAsk)
    {
        if (connection.WhyNoChanges is string reason)
        {
            var message = string.Format(CultureInfo.InvariantCulture, Messages.NothingChangedNotSandbox, connection.TenantId, reason);
            cmdlet.ThrowTerminatingError(ErrorCatalog.Create(new InvalidOperationException(message), ErrorKinds.NotASandboxAccount, connection, message));
        }

        if (Interactivity.WouldAsk(cmdlet, ConfirmImpact.High, force) && !Interactivity.CanAsk(cmdlet))
        {
            cmdlet.ThrowTerminatingError(ErrorCatalog.Create(new InvalidOperationException(cannotAsk), ErrorKinds.ConfirmationNotPossible, null, cannotAsk));
        }
    }
}
