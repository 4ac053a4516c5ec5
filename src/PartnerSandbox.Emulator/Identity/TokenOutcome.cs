namespace PartnerSandbox.Emulator.Identity;

/// <summary>What the token endpoint answers: a token response or an Entra error.</summary>
internal sealed record TokenOutcome(TokenResponseJson? Token, AadError? Error)
{
    public static TokenOutcome Success(TokenResponseJson token) => new(token, null);

    public static TokenOutcome Failure(AadError error) => new(null, error);
}
