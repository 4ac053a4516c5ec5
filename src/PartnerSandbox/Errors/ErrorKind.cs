using System.Management.Automation;

namespace PartnerSandbox.Errors;

/// <summary>One cause of failure: its stable error id, its category and what the user can do about it.</summary>
internal sealed class ErrorKind
{
    public ErrorKind(string errorId, ErrorCategory category, string? recommendedAction = null)
    {
        ErrorId = errorId;
        Category = category;
        RecommendedAction = recommendedAction;
    }

    public string ErrorId { get; }

    public ErrorCategory Category { get; }

    public string? RecommendedAction { get; }
}
