using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Net;
using System.Security.Authentication;
using PartnerSandbox.Engine;

namespace PartnerSandbox.Errors;

/// <summary>
/// From a failure to its error record: an error id, a category and a recommended action. Error ids are stable:
/// scripts and runbooks match on them.
/// </summary>
internal static class ErrorCatalog
{
    private static readonly CodeTable Codes = new(PartnerCenterErrors.ByCode, EntraIdErrors.ByCode);

    // What to do about a bad value of these parameters says more than "correct it".
    private static readonly Dictionary<string, string> ActionByParameter = new(StringComparer.OrdinalIgnoreCase)
    {
        ["OrderId"] = Messages.OrderIdAction,
        ["SubscriptionId"] = Messages.SubscriptionIdAction,
        ["SkipCertificateCheck"] = Messages.SkipCertificateCheckOnlyLoopbackAction,
        ["IdentityClientId"] = Messages.IdentityClientIdAction,
    };

    /// <summary>
    /// What the failure is: first a cause the engine found itself; then what the service said, its code read in the
    /// table of the service that gave it; then how the call failed (an untrusted certificate, the HTTP status, the kind
    /// of failure).
    /// </summary>
    /// <param name="context">What the failure means for the kind of resource it is about, asked first; null: the general tables.</param>
    public static ErrorKind Classify(PartnerCenterException exception, ErrorContext? context = null)
    {
        if (FailureErrors.OwnCauses.TryGetValue(exception.Failure, out var ownCause))
        {
            return ownCause;
        }

        if ((context?.Codes.Find(exception) ?? Codes.Find(exception)) is ErrorKind byCode)
        {
            return byCode;
        }

        if (exception.Failure == PartnerCenterFailure.ConnectionFailed && CertificateFailure(exception) is not null)
        {
            return ErrorKinds.CertificateNotTrusted;
        }

        if (exception.Failure == PartnerCenterFailure.ServiceError && exception.StatusCode is HttpStatusCode status && PartnerCenterErrors.ByStatus(status) is ErrorKind byStatus)
        {
            return byStatus;
        }

        return context?.ByFailure.TryGetValue(exception.Failure, out var byContextFailure) == true ? byContextFailure : FailureErrors.General[exception.Failure];
    }

    public static ErrorRecord Create(Exception exception, ErrorKind kind, object? target, string? message = null)
    {
        var record = new ErrorRecord(exception, kind.ErrorId, kind.Category, target);
        record.ErrorDetails = new ErrorDetails(message ?? exception.Message) { RecommendedAction = kind.RecommendedAction };
        return record;
    }

    /// <summary>The error record of an engine failure; <paramref name="subject"/> (an order, a customer) starts its text.</summary>
    public static ErrorRecord FromEngine(PartnerCenterException exception, object? target, string? subject = null, ErrorContext? context = null) =>
        Create(exception, Classify(exception, context), target, subject is null ? null : subject + ": " + exception.Message);

    /// <summary>
    /// The sign-in failure of a connection to a host on this machine whose certificate this machine does not trust,
    /// such as the emulator's self-signed one: the user is one flag away, -SkipCertificateCheck. Null for any other failure.
    /// </summary>
    public static ErrorRecord? UntrustedLoopbackCertificate(PartnerCenterException exception, Uri host, object? target)
    {
        if (exception.Failure != PartnerCenterFailure.ConnectionFailed || CertificateFailure(exception) is not { } failure)
        {
            return null;
        }

        var message = string.Format(CultureInfo.InvariantCulture, Messages.UntrustedLoopbackCertificate, host.GetLeftPart(UriPartial.Authority), failure.Message);
        return Create(exception, ErrorKinds.LoopbackCertificateNotTrusted, target, message);
    }

    /// <summary>Bad input of one parameter, said as "-Name: problem"; the recommended action says what to do.</summary>
    public static ErrorRecord InvalidInput(string parameterName, string problem, object? target) =>
        InvalidParameter(parameterName, string.Format(CultureInfo.InvariantCulture, Messages.InvalidParameterValue, parameterName, problem), target);

    /// <summary>Bad input of one parameter, in a message that names the parameter itself.</summary>
    public static ErrorRecord InvalidParameter(string parameterName, string message, object? target)
    {
        var action = ActionByParameter.TryGetValue(parameterName, out var specific) ? specific : string.Format(CultureInfo.InvariantCulture, Messages.InvalidArgumentAction, parameterName);
        var kind = new ErrorKind(ErrorKinds.InvalidArgument.ErrorId, ErrorKinds.InvalidArgument.Category, action);
        return Create(new ArgumentException(message, parameterName), kind, target, message);
    }

    // The TLS handshake's refusal of the server's certificate, wherever the HTTP stack wrapped it.
    private static AuthenticationException? CertificateFailure(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is AuthenticationException failure)
            {
                return failure;
            }
        }

        return null;
    }
}
