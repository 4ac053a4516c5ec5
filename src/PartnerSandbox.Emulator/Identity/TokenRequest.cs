using Microsoft.AspNetCore.Http;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>A token request whose tenant and client the endpoint has already found.</summary>
/// <param name="Tenant">The tenant as the URL named it, for error messages.</param>
internal sealed record TokenRequest(string Tenant, Partner Partner, PartnerApplication Application, IFormCollection Form)
{
    /// <summary>A form parameter; empty counts as absent, as it does for Entra ID.</summary>
    public string? Parameter(string name) => Form[name].ToString() is { Length: > 0 } value ? value : null;
}
