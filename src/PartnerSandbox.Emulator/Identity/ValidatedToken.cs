using System;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>
/// What a correctly signed Partner Center token says, once read: what never changes about it. Whether
/// it is still within its lifetime and its tenant still a partner is checked at every use.
/// </summary>
/// <param name="IsAppUser">An App+User (delegated) token rather than an app-only one.</param>
/// <param name="HasMfa">The sign-in did multi-factor authentication (<c>amr</c> has <c>mfa</c>).</param>
internal sealed record ValidatedToken(Guid TenantId, DateTime ValidFrom, DateTime ValidTo, bool IsAppUser, bool HasMfa);
