using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using PartnerSandbox.Emulator.Hosting;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>
/// <c>POST /{tenant}/oauth2/v2.0/devicecode</c>: starts a device-code sign-in for a public client
/// (<c>allowPublicClient</c>), answering as Entra ID does, with a one-second polling interval.
/// </summary>
internal sealed class DeviceCodeEndpoint(EmulatorState state, DeviceCodeStore deviceCodes, EmulatorOrigin origin)
{
    private const int IntervalSeconds = 1;

    public async Task<IResult> HandleAsync(string tenant, HttpContext http)
    {
        var (form, tooLarge) = await IdentityForm.ReadAsync(http).ConfigureAwait(false);
        http.Response.Headers.CacheControl = "no-store, no-cache";
        var outcome = tooLarge is null ? Start(tenant, form) : (null, tooLarge);
        return outcome.Error is { } error
            ? error.ToResult(http, state.Clock)
            : Results.Json(outcome.Response, IdentityJson.Options);
    }

    private (DeviceCodeResponseJson? Response, AadError? Error) Start(string tenant, IFormCollection form)
    {
        if (!Guid.TryParse(tenant, out var tenantId) || state.FindPartner(tenantId) is not { } partner)
        {
            return (null, AadErrors.TenantNotFound(tenant, "invalid_request"));
        }

        if (form["client_id"].ToString() is not { Length: > 0 } clientId)
        {
            return (null, AadErrors.MissingParameter("client_id"));
        }

        if (!Guid.TryParse(clientId, out var clientGuid) || partner.FindApplication(clientGuid) is not { } application)
        {
            return (null, AadErrors.ApplicationNotFound(clientId, tenant));
        }

        if (!application.AllowPublicClient)
        {
            return (null, AadErrors.PublicClientFlowsNotAllowed(clientId));
        }

        if (form["scope"].ToString() is not { Length: > 0 } scope)
        {
            return (null, AadErrors.MissingParameter("scope"));
        }

        if (DelegatedScope.ResourceOf(scope) is not { } resource)
        {
            return (null, AadErrors.InvalidDelegatedScope(scope));
        }

        var (authorization, deviceCode) = deviceCodes.Create(tenantId, clientGuid, resource);
        var verificationUri = $"{origin.Value}/devicelogin";
        return (new DeviceCodeResponseJson(
            UserCode: authorization.UserCode,
            DeviceCode: deviceCode,
            VerificationUri: verificationUri,
            ExpiresIn: (int)DeviceCodeStore.Lifetime.TotalSeconds,
            Interval: IntervalSeconds,
            Message: $"To sign in, use a web browser to open the page {verificationUri} and enter the code {authorization.UserCode} to authenticate."), null);
    }
}

internal sealed record DeviceCodeResponseJson(string UserCode, string DeviceCode, string VerificationUri, int ExpiresIn, int Interval, string Message);
