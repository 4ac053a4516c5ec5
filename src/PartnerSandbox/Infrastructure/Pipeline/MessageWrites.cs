using System;
using System.Management.Automation;
using System.Management.Automation.Host;

namespace PartnerSandbox.Infrastructure.Pipeline;

/// <summary>
/// The module's verbose, warning and debug messages, written so that -Debug never ends a command in a session that
/// cannot prompt. PowerShell runs every verbose and warning message of a compiled cmdlet given -Debug (and, in
/// Windows PowerShell 5.1, every debug message too) through an Inquire prompt, "Continue with this operation?",
/// unless the cmdlet was also given -Verbose or -WarningAction (MshCommandRuntime's VerbosePreference and
/// WarningPreference). A host without any UI gets Continue instead; but a console started with -NonInteractive, or an
/// Azure Automation job, has a UI that cannot prompt: the message is written, then the prompt fails, and the failure
/// would end the command with its changes in flight unreported. There the message stays written and the command goes
/// on, as it would in a host without a UI. Any other failure of a write, and every failure without -Debug, is
/// PowerShell's to report.
/// </summary>
internal static class MessageWrites
{
    public static void Verbose(PSCmdlet cmdlet, string message) => WithoutUnanswerablePrompt(cmdlet, () => cmdlet.WriteVerbose(message));

    public static void Warning(PSCmdlet cmdlet, string message) => WithoutUnanswerablePrompt(cmdlet, () => cmdlet.WriteWarning(message));

    public static void Debug(PSCmdlet cmdlet, string message) => WithoutUnanswerablePrompt(cmdlet, () => cmdlet.WriteDebug(message));

    private static void WithoutUnanswerablePrompt(PSCmdlet cmdlet, Action write)
    {
        try
        {
            write();
        }
        catch (Exception ex) when ((ex is PSInvalidOperationException || ex is HostException) && DebugRequested(cmdlet))
        {
        }
    }

    private static bool DebugRequested(PSCmdlet cmdlet) =>
        cmdlet.MyInvocation.BoundParameters.TryGetValue("Debug", out var debug) && ((SwitchParameter)debug).IsPresent;
}
