using System;

namespace PartnerSandbox.Emulator.State;

/// <summary>A user of a partner tenant who can sign in for App+User tokens (device code, refresh tokens).</summary>
public sealed record PartnerUser(Guid ObjectId, string UserPrincipalName, string DisplayName);
