using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using PartnerSandbox.Emulator.Hosting;
using PartnerSandbox.Emulator.Identity;
using PartnerSandbox.Emulator.Knobs;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api;

/// <summary>The partner a request's token speaks for, as a request feature.</summary>
internal sealed record CallingPartner(Partner Partner);

/// <summary>
/// Refuses every API request (known route or not) without a valid partner token, or with an App+User
/// token whose sign-in did no MFA, with 401 and <c>WWW-Authenticate</c>; on success the handlers find
/// the <see cref="CallingPartner"/>. The MFA refusal is the contract's 900421, or, when the MFA knob says so,
/// 10001 on the routes where partners reported that one (<see cref="MfaReportedRoute"/>).
/// </summary>
internal sealed class BearerAuthenticationMiddleware(RequestDelegate next, AccessTokenValidator validator, EmulatorOrigin origin, EmulatorKnobs knobs)
{
    private const string BearerPrefix = "Bearer ";

    public async Task InvokeAsync(HttpContext http)
    {
        string? authorization = http.Request.Headers.Authorization;
        if (authorization is null
            || !authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            || authorization.Length == BearerPrefix.Length)
        {
            await RefuseAsync(http, ApiErrors.MissingToken()).ConfigureAwait(false);
            return;
        }

        var check = await validator.ValidateAsync(authorization[BearerPrefix.Length..].Trim()).ConfigureAwait(false);
        if (!check.IsAccepted)
        {
            await RefuseAsync(http, check.Refusal).ConfigureAwait(false);
            return;
        }

        if (check.Token.IsAppUser && !check.Token.HasMfa)
        {
            await RefuseAsync(http, MfaRefusal(http)).ConfigureAwait(false);
            return;
        }

        http.Features.Set(new CallingPartner(check.Partner));
        await next(http).ConfigureAwait(false);
    }

    private ApiError MfaRefusal(HttpContext http) =>
        knobs.Current.MfaErrorCode == MfaErrorCodes.Reported && http.GetEndpoint()?.Metadata.GetMetadata<MfaReportedRoute>() is not null
            ? ApiErrors.MfaRequiredAsReported()
            : ApiErrors.MfaRequired();

    /// <summary>The realm names this emulator, which plays the authority here.</summary>
    private Task RefuseAsync(HttpContext http, ApiError error)
    {
        http.Response.Headers.WWWAuthenticate = $"OAuth realm=\"{origin.Value}\"";
        return error.ToResult().ExecuteAsync(http);
    }
}
