using System.Text.Json.Serialization;

namespace PartnerSandbox.Emulator.Admin;

// The bodies of the identity admin API (docs/emulator.md); everything is optional so that the
// endpoints can name what is missing.

/// <summary><c>POST /_emulator/partners/{tenantId}/applications/{clientId}/certificates</c>: a base64 DER public certificate.</summary>
internal sealed record CertificateRegistration(string? Certificate);

/// <summary><c>POST /_emulator/refresh-tokens</c>: the sign-in a refresh token stands for; <c>mfa</c> defaults to true.</summary>
internal sealed record RefreshTokenCreation(string? TenantId, string? ClientId, string? UserPrincipalName, bool? Mfa);

/// <summary>The answer of <c>POST /_emulator/refresh-tokens</c>.</summary>
internal sealed record RefreshTokenJson(string RefreshToken);

/// <summary><c>POST /_emulator/refresh-tokens/revoke</c>: whose refresh tokens to revoke.</summary>
internal sealed record RefreshTokenRevocation(string? TenantId, string? UserPrincipalName);

/// <summary><c>POST /_emulator/users/mfa-requirement</c>: whether conditional access asks the user for MFA.</summary>
internal sealed record MfaRequirement(string? TenantId, string? UserPrincipalName, bool? Required);

/// <summary><c>POST /_emulator/device-codes/{userCode}/approve</c>: who approves (default: the partner's first user) and whether with MFA (default true).</summary>
internal sealed record DeviceCodeApproval(string? UserPrincipalName, bool? Mfa);

/// <summary><c>POST /_emulator/identity</c> and its answer: the device-code approval delay; null means manual approval only.</summary>
internal sealed record IdentitySettingsJson(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? DeviceCodeApprovalSeconds);
