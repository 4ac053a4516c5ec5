using System;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Host;
using PartnerSandbox.Errors;

namespace PartnerSandbox.Infrastructure.Input;

/// <summary>
/// Whether a ShouldProcess question would be asked, and whether this session can ask one: so that a cmdlet that
/// would prompt in a session that cannot (pwsh -NonInteractive, a hosted runspace without a UI, an Azure Automation
/// job) fails once with a clear error before it sends anything, instead of with PowerShell's prompt error per item.
/// </summary>
internal static class Interactivity
{
    /// <summary>-WhatIf, or $WhatIfPreference when -WhatIf is not given.</summary>
    public static bool IsWhatIf(PSCmdlet cmdlet) =>
        cmdlet.MyInvocation.BoundParameters.TryGetValue("WhatIf", out var whatIf)
            ? ((SwitchParameter)whatIf).IsPresent
            : LanguagePrimitives.IsTrue(cmdlet.GetVariableValue("WhatIfPreference"));

    /// <summary>True, false, or null when -Confirm was not given.</summary>
    public static bool? ConfirmParameter(PSCmdlet cmdlet) =>
        cmdlet.MyInvocation.BoundParameters.TryGetValue("Confirm", out var confirm) ? ((SwitchParameter)confirm).IsPresent : null;

    /// <summary>True when ShouldProcess on a cmdlet of <paramref name="impact"/> would ask the user (-Force skips the question).</summary>
    public static bool WouldAsk(PSCmdlet cmdlet, ConfirmImpact impact, bool force)
    {
        if (IsWhatIf(cmdlet))
        {
            return false;
        }

        if (ConfirmParameter(cmdlet) is bool confirm)
        {
            return confirm;
        }

        var preference = cmdlet.GetVariableValue("ConfirmPreference") is ConfirmImpact threshold ? threshold : ConfirmImpact.High;
        return !force && preference != ConfirmImpact.None && impact >= preference;
    }

    /// <summary>
    /// Asks ShouldProcess, on the pipeline thread. -Force skips the question unless -WhatIf (or $WhatIfPreference) or an
    /// explicit -Confirm asks for it. A host that cannot prompt, found only when asked, is one terminating
    /// ConfirmationNotPossible error (<paramref name="cannotAsk"/>), and nothing more is sent.
    /// </summary>
    public static bool Approve(PSCmdlet cmdlet, bool force, string target, string action, object targetObject, string cannotAsk)
    {
        if (force && !IsWhatIf(cmdlet) && ConfirmParameter(cmdlet) != true)
        {
            return true;
        }

        try
        {
            return cmdlet.ShouldProcess(target, action);
        }
        catch (Exception ex) when (ex is PSInvalidOperationException || ex is HostException)
        {
            cmdlet.ThrowTerminatingError(ErrorCatalog.Create(ex, ErrorKinds.ConfirmationNotPossible, targetObject, cannotAsk));
            return false;
        }
    }

    /// <summary>False when the host has no UI, or the process was started with -NonInteractive.</summary>
    public static bool CanAsk(PSCmdlet cmdlet) => cmdlet.Host?.UI is not null && !StartedNonInteractive();

    // What follows -File or -Command belongs to the script, not to pwsh.
    private static readonly string[] ScriptStarts = { "file", "f", "command", "c", "encodedcommand", "e", "ec" };

    // pwsh and powershell.exe take any unambiguous abbreviation of -NonInteractive, down to -noni, with - or /.
    private static bool StartedNonInteractive() =>
        Environment.GetCommandLineArgs().Skip(1)
            .Select(arg => arg.TrimStart('-', '/'))
            .TakeWhile(name => !ScriptStarts.Contains(name, StringComparer.OrdinalIgnoreCase))
            .Any(name => name.Length >= 4 && "noninteractive".StartsWith(name, StringComparison.OrdinalIgnoreCase));
}
