using System;

namespace PartnerSandbox.Emulator.State;

/// <summary>A user's sign-in to an app of a partner tenant, which App+User tokens and refresh tokens carry on.</summary>
/// <param name="Mfa">Whether the sign-in did multi-factor authentication; the API refuses App+User tokens without it.</param>
public sealed record UserSignIn(Guid TenantId, Guid ClientId, PartnerUser User, bool Mfa);
