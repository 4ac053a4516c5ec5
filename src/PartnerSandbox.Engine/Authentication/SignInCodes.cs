namespace PartnerSandbox.Engine.Authentication;

/// <summary>Service codes the engine itself gives to sign-in failures that no service reported.</summary>
public static class SignInCodes
{
    public const string NoBrowser = "NoBrowser";
    public const string AccessTokenExpired = "AccessTokenExpired";
    public const string FederatedTokenExpired = "FederatedTokenExpired";
    public const string ManagedIdentityUnavailable = "ManagedIdentityUnavailable";
    public const string UnreadableAnswer = "UnreadableSignInAnswer";
}
