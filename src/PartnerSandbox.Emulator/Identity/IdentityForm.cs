using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>
/// Reads the form of a sign-in request (token, device code) up to <see cref="MaxBytes"/>. A bigger one is
/// answered in Entra's error shape with 413, rather than by the server's empty 413, or by the form
/// reader's exception as an empty 500.
/// </summary>
internal static class IdentityForm
{
    /// <summary>
    /// 64 KiB: the largest real token request, a client assertion with a certificate chain in <c>x5c</c>, is a few
    /// kilobytes; Entra's own limit is undocumented.
    /// </summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>The body limit bounds the form, so the form reader's own limits never come first.</summary>
    private static readonly FormOptions Limits = new()
    {
        BufferBodyLengthLimit = MaxBytes,
        ValueCountLimit = MaxBytes,
        KeyLengthLimit = MaxBytes,
        ValueLengthLimit = MaxBytes,
    };

    /// <returns>The form (empty when the body is not a form), or the refusal of an oversized one.</returns>
    public static async Task<(IFormCollection Form, AadError? Error)> ReadAsync(HttpContext http)
    {
        if (http.Request.ContentLength > MaxBytes)
        {
            return (FormCollection.Empty, AadErrors.RequestTooLarge(MaxBytes));
        }

        if (!http.Request.HasFormContentType)
        {
            return (FormCollection.Empty, null);
        }

        // A body without a length (chunked) is stopped by the server as soon as it passes the limit.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = MaxBytes;
        }

        try
        {
            return (await http.Request.ReadFormAsync(Limits, http.RequestAborted).ConfigureAwait(false), null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (FormCollection.Empty, AadErrors.RequestTooLarge(MaxBytes));
        }
    }
}
