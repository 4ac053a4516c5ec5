using PartnerSandbox.Errors;

namespace PartnerSandbox.Infrastructure.Changes;

/// <summary>
/// The words of one kind of change (Messages.cs holds them). Item texts take the item's id as {0}, its customer's as
/// {1}, and a status or reason as {2}.
/// </summary>
internal sealed class ChangeTexts
{
    public ChangeTexts(
        string commandName,
        string progressActivity,
        string doneLabel,
        string? alreadyDoneLabel,
        string? alreadyDone,
        string duplicate,
        string accepted,
        string stillPending,
        string verifiedAfterUnclearAnswer,
        string refusedNotSandbox,
        string inFlightWhenStopped,
        ErrorKind stillPendingError)
    {
        CommandName = commandName;
        ProgressActivity = progressActivity;
        DoneLabel = doneLabel;
        AlreadyDoneLabel = alreadyDoneLabel;
        AlreadyDone = alreadyDone;
        Duplicate = duplicate;
        Accepted = accepted;
        StillPending = stillPending;
        VerifiedAfterUnclearAnswer = verifiedAfterUnclearAnswer;
        RefusedNotSandbox = refusedNotSandbox;
        InFlightWhenStopped = inFlightWhenStopped;
        StillPendingError = stillPendingError;
    }

    public string CommandName { get; }

    public string ProgressActivity { get; }

    /// <summary>The summary's word for a change done: "cancelled", "removed".</summary>
    public string DoneLabel { get; }

    /// <summary>The summary's count of items found done already; null when the kind has none.</summary>
    public string? AlreadyDoneLabel { get; }

    /// <summary>The warning for an item found done already; null (with its label) for a kind that finds none.</summary>
    public string? AlreadyDone { get; }

    public string Duplicate { get; }

    public string Accepted { get; }

    /// <summary>{3} is the seconds waited.</summary>
    public string StillPending { get; }

    public string VerifiedAfterUnclearAnswer { get; }

    public string RefusedNotSandbox { get; }

    /// <summary>{0} is the list of subjects.</summary>
    public string InFlightWhenStopped { get; }

    public ErrorKind StillPendingError { get; }
}
