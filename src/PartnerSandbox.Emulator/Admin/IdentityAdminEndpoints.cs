using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PartnerSandbox.Emulator.Api;
using PartnerSandbox.Emulator.Api.Contracts;
using PartnerSandbox.Emulator.Identity;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Admin;

/// <summary>
/// The identity part of the admin API: what a test needs from Entra ID that no client could do by
/// itself (register a certificate, get the refresh token of an admin's MFA sign-in, revoke it, ask a user for MFA,
/// play the user at the device-code page) and the device-code approval knob.
/// </summary>
internal static class IdentityAdminEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapPost("/partners/{tenantId}/applications/{clientId}/certificates", RegisterCertificateAsync);
        admin.MapPost("/refresh-tokens", CreateRefreshTokenAsync);
        admin.MapPost("/refresh-tokens/revoke", RevokeRefreshTokensAsync);
        admin.MapPost("/users/mfa-requirement", RequireMfaAsync);
        admin.MapPost("/device-codes/{userCode}/approve", ApproveDeviceCodeAsync);
        admin.MapPost("/device-codes/{userCode}/deny", DenyDeviceCode);
        admin.MapGet("/identity", (IdentitySettings settings) => SettingsResult(settings));
        admin.MapPost("/identity", ChangeSettingsAsync);
    }

    private static async Task<IResult> RegisterCertificateAsync(string tenantId, string clientId, HttpContext http, EmulatorState state)
    {
        if (FindApplication(state, tenantId, clientId) is not { } application)
        {
            return ApiErrors.InvalidInput($"there is no application {clientId} in partner tenant {tenantId}.").ToResult();
        }

        var request = await AdminEndpoints.ReadBodyAsync<CertificateRegistration>(http).ConfigureAwait(false);
        if (!ApplicationCertificate.TryParse(request?.Certificate, out var certificate, out var problem))
        {
            return ApiErrors.InvalidInput($"the body must be {{\"certificate\": \"<base64 DER>\"}}: {problem}").ToResult();
        }

        application.AddCertificate(certificate);
        return Results.NoContent();
    }

    private static async Task<IResult> CreateRefreshTokenAsync(HttpContext http, EmulatorState state, RefreshTokenStore refreshTokens)
    {
        var request = await AdminEndpoints.ReadBodyAsync<RefreshTokenCreation>(http).ConfigureAwait(false);
        if (request is null || FindPartner(state, request.TenantId) is not { } partner)
        {
            return ApiErrors.InvalidInput("the body must name a seeded partner's \"tenantId\", with \"clientId\", \"userPrincipalName\" and optionally \"mfa\".").ToResult();
        }

        if (!Guid.TryParse(request.ClientId, out var clientId) || partner.FindApplication(clientId) is null)
        {
            return ApiErrors.InvalidInput($"there is no application '{request.ClientId}' in partner tenant {partner.TenantId}.").ToResult();
        }

        if (partner.FindUser(request.UserPrincipalName ?? string.Empty) is not { } user)
        {
            return ApiErrors.InvalidInput($"there is no user '{request.UserPrincipalName}' in partner tenant {partner.TenantId}.").ToResult();
        }

        var token = refreshTokens.Issue(new UserSignIn(partner.TenantId, clientId, user, request.Mfa ?? true));
        return Results.Json(new RefreshTokenJson(token), ApiJson.Options);
    }

    private static async Task<IResult> RevokeRefreshTokensAsync(HttpContext http, EmulatorState state, RefreshTokenStore refreshTokens)
    {
        var request = await AdminEndpoints.ReadBodyAsync<RefreshTokenRevocation>(http).ConfigureAwait(false);
        if (request is null || FindPartner(state, request.TenantId) is not { } partner || partner.FindUser(request.UserPrincipalName ?? string.Empty) is not { } user)
        {
            return ApiErrors.InvalidInput("the body must name a seeded partner's \"tenantId\" and one of its users' \"userPrincipalName\".").ToResult();
        }

        refreshTokens.RevokeAll(partner.TenantId, user.ObjectId);
        return Results.NoContent();
    }

    /// <summary>Conditional access asking a user for MFA, or no longer; until the next reset rebuilds the users from the seeds.</summary>
    private static async Task<IResult> RequireMfaAsync(HttpContext http, EmulatorState state)
    {
        var request = await AdminEndpoints.ReadBodyAsync<MfaRequirement>(http).ConfigureAwait(false);
        if (request?.Required is not { } required || FindPartner(state, request.TenantId) is not { } partner || partner.FindUser(request.UserPrincipalName ?? string.Empty) is not { } user)
        {
            return ApiErrors.InvalidInput("the body must name a seeded partner's \"tenantId\", one of its users' \"userPrincipalName\" and \"required\": true|false.").ToResult();
        }

        user.MfaRequired = required;
        return Results.NoContent();
    }

    private static async Task<IResult> ApproveDeviceCodeAsync(string userCode, HttpContext http, EmulatorState state, DeviceCodeStore deviceCodes)
    {
        // No body at all approves as the partner's first user, with MFA.
        var request = http.Request.ContentLength is 0
            ? new DeviceCodeApproval(null, null)
            : await AdminEndpoints.ReadBodyAsync<DeviceCodeApproval>(http).ConfigureAwait(false);
        if (request is null)
        {
            return ApiErrors.InvalidInput("the body must be {\"userPrincipalName\": \"...\", \"mfa\": true|false}.").ToResult();
        }

        if (deviceCodes.FindByUserCode(userCode) is not { } authorization || state.FindPartner(authorization.TenantId) is not { } partner)
        {
            return ApiErrors.InvalidInput($"there is no device code with user code '{userCode}'.").ToResult();
        }

        var user = request.UserPrincipalName is { } name ? partner.FindUser(name) : partner.Users.Count > 0 ? partner.Users[0] : null;
        if (user is null)
        {
            return ApiErrors.InvalidInput($"there is no user '{request.UserPrincipalName ?? "(first user)"}' in partner tenant {partner.TenantId}.").ToResult();
        }

        return authorization.TryApprove(user, request.Mfa ?? true, state.Clock.GetUtcNow())
            ? Results.NoContent()
            : ApiErrors.InvalidInput($"the device code '{userCode}' is no longer pending (decided, redeemed or expired).").ToResult();
    }

    private static IResult DenyDeviceCode(string userCode, EmulatorState state, DeviceCodeStore deviceCodes)
    {
        if (deviceCodes.FindByUserCode(userCode) is not { } authorization)
        {
            return ApiErrors.InvalidInput($"there is no device code with user code '{userCode}'.").ToResult();
        }

        return authorization.TryDeny(state.Clock.GetUtcNow())
            ? Results.NoContent()
            : ApiErrors.InvalidInput($"the device code '{userCode}' is no longer pending (decided, redeemed or expired).").ToResult();
    }

    private static async Task<IResult> ChangeSettingsAsync(HttpContext http, IdentitySettings settings)
    {
        var request = await AdminEndpoints.ReadBodyAsync<IdentitySettingsJson>(http).ConfigureAwait(false);
        if (request is null || request.DeviceCodeApprovalSeconds is < 0)
        {
            return ApiErrors.InvalidInput("the body must be {\"deviceCodeApprovalSeconds\": <seconds, not negative> | null}.").ToResult();
        }

        settings.DeviceCodeApprovalDelay = request.DeviceCodeApprovalSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null;
        return SettingsResult(settings);
    }

    private static IResult SettingsResult(IdentitySettings settings) =>
        Results.Json(new IdentitySettingsJson(settings.DeviceCodeApprovalDelay?.TotalSeconds), ApiJson.Options);

    private static Partner? FindPartner(EmulatorState state, string? tenantId) =>
        Guid.TryParse(tenantId, out var id) ? state.FindPartner(id) : null;

    private static PartnerApplication? FindApplication(EmulatorState state, string tenantId, string clientId) =>
        Guid.TryParse(clientId, out var id) ? FindPartner(state, tenantId)?.FindApplication(id) : null;
}
