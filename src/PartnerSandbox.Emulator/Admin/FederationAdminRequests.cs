using System.Collections.Generic;
using System.Text.Json;

namespace PartnerSandbox.Emulator.Admin;

// The bodies of the federation admin API (docs/emulator.md); everything is optional so that the
// endpoints can name what is missing.

/// <summary><c>POST /_emulator/issuers</c>: an issuer's name and its public keys (a JWKS).</summary>
internal sealed record TestIssuerRegistration(string? Name, JsonElement? Keys);

/// <summary>The answer of <c>POST /_emulator/issuers</c>: the issuer URL its tokens must carry as <c>iss</c>.</summary>
internal sealed record TestIssuerJson(string Issuer);

/// <summary>A test issuer's OpenID discovery document: what the federated-credential check reads.</summary>
internal sealed record TestIssuerConfigurationJson(string Issuer, string JwksUri, IReadOnlyList<string> IdTokenSigningAlgValuesSupported);

/// <summary><c>POST /_emulator/partners/{tenantId}/applications/{clientId}/federated-credentials</c>, as Microsoft Graph names the fields.</summary>
internal sealed record FederatedCredentialRegistration(string? Name, string? Issuer, string? Subject, IReadOnlyList<string>? Audiences);

/// <summary><c>GET /_emulator/partners/{tenantId}/managed-identity</c>: what the partner's runbook host sets in its environment.</summary>
internal sealed record ManagedIdentityEnvironmentJson(string IdentityEndpoint, string IdentityHeader);
