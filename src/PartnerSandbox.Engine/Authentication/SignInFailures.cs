using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using Microsoft.Identity.Client;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>Turns MSAL's exceptions into <see cref="PartnerCenterException"/>s whose ServiceCode is Entra ID's AADSTS number.</summary>
internal static class SignInFailures
{
    private static readonly string[] DeviceCodeOutcomes = { "authorization_declined", MsalError.CodeExpired };
    private static readonly char[] LineBreaks = { '\r', '\n' };
    private static readonly Regex AadstsCode = new(@"AADSTS(\d+)", RegexOptions.CultureInvariant);

    public static PartnerCenterException Translate(MsalException exception, string tenantId)
    {
        if (exception.InnerException is HttpRequestException || exception.ErrorCode == MsalError.RequestTimeout)
        {
            return Unreachable(exception, tenantId);
        }

        if (exception is MsalServiceException { ResponseBody: { Length: > 0 } body } service && !body.TrimStart().StartsWith("{", StringComparison.Ordinal))
        {
            return Unreadable(exception, tenantId, service.StatusCode);
        }

        // The device-code outcomes are named by MSAL's error code; everything else by Entra's AADSTS number.
        var match = AadstsCode.Match(exception.Message);
        var code = DeviceCodeOutcomes.Contains(exception.ErrorCode) || !match.Success ? exception.ErrorCode : match.Groups[1].Value;
        var status = (exception as MsalServiceException)?.StatusCode;
        return new PartnerCenterException(
            PartnerCenterFailure.SignInFailed,
            string.Format(CultureInfo.InvariantCulture, EngineMessages.SignInFailed, tenantId, FirstLine(exception.Message)),
            statusCode: status is null or 0 ? null : (System.Net.HttpStatusCode)status.Value,
            codeSource: ErrorSource.EntraId,
            serviceCode: code,
            description: FirstLine(exception.Message),
            correlationId: (exception as MsalServiceException)?.CorrelationId,
            innerException: exception);
    }

    /// <summary>The sign-in host answered, but not as Entra ID does: not JSON (an HTML page from a proxy, or not a sign-in host).</summary>
    public static PartnerCenterException Unreadable(Exception exception, string tenantId, int? status) =>
        new(
            PartnerCenterFailure.UnreadableSignInAnswer,
            string.Format(CultureInfo.InvariantCulture, EngineMessages.SignInAnswerUnreadable, tenantId, status is null or 0 ? "200" : status.Value.ToString(CultureInfo.InvariantCulture)),
            statusCode: status is null or 0 ? null : (System.Net.HttpStatusCode)status.Value,
            innerException: exception);

    /// <summary>The sign-in service could not be reached at all (MSAL lets some network failures through unwrapped).</summary>
    public static PartnerCenterException Unreachable(Exception exception, string tenantId) =>
        new(
            PartnerCenterFailure.ConnectionFailed,
            string.Format(CultureInfo.InvariantCulture, EngineMessages.SignInUnreachable, tenantId, FirstLine(exception.InnerException?.Message ?? exception.Message)),
            innerException: exception);

    /// <summary>The host's managed identity gave no token: no managed-identity source here, the host refused, or no such identity.</summary>
    public static PartnerCenterException ManagedIdentityUnavailable(Exception exception, string identity, string audience) =>
        new(
            PartnerCenterFailure.ManagedIdentityUnavailable,
            string.Format(CultureInfo.InvariantCulture, EngineMessages.ManagedIdentityUnavailable, audience, identity, FirstLine(exception.Message)),
            statusCode: (exception as MsalServiceException)?.StatusCode is int status and > 0 ? (System.Net.HttpStatusCode)status : null,
            description: FirstLine(exception.Message),
            innerException: exception);

    // Entra's messages carry trace and correlation ids and timestamps on further lines; the first line says what is wrong.
    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(LineBreaks);
        return (end < 0 ? message : message.Substring(0, end)).Trim();
    }
}
