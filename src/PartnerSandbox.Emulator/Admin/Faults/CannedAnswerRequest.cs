using System;
using System.Linq;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace PartnerSandbox.Emulator.Admin.Faults;

/// <summary>Checks the answer fields of an <c>answer</c> or <c>trickle</c> fault: status, body, contentType, headers, padTo.</summary>
internal static class CannedAnswerRequest
{
    /// <summary>1 GiB: far above any answer a client should accept; the padding is streamed, never held in memory.</summary>
    public const long MaxPadToBytes = 1L << 30;

    /// <summary>
    /// Kestrel frames the answer itself (length or chunks), and the content type has its own field, so
    /// these cannot be set through <c>headers</c>.
    /// </summary>
    private static readonly string[] ReservedHeaders = [HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.ContentType];

    /// <exception cref="FormatException">A field is bad; the message names it and what was expected.</exception>
    public static CannedAnswer Create(FaultRequest request, string kindName, int? defaultStatus)
    {
        if ((request.Status ?? defaultStatus) is not (>= 100 and <= 599 and var status))
        {
            throw new FormatException($"'status' must be an HTTP status (100-599) for kind '{kindName}', got '{request.Status}'.");
        }

        if ((request.Body is not null || request.PadTo is > 0) && !CannedAnswer.StatusAllowsBody(status))
        {
            throw new FormatException($"'body' and 'padTo' cannot go with status {status}: HTTP gives 1xx, 204, 205 and 304 answers no body.");
        }

        if (request.PadTo is < 0 or > MaxPadToBytes)
        {
            throw new FormatException($"'padTo' must be a number of bytes from 0 to {MaxPadToBytes}, got {request.PadTo}.");
        }

        if (request.ContentType is { } contentType && !MediaTypeHeaderValue.TryParse(contentType, out _))
        {
            throw new FormatException($"'contentType' must be a media type such as 'text/html; charset=utf-8', got '{contentType}'.");
        }

        var headers = request.Headers ?? [];
        if (headers.Select(header => CheckHeader(header.Key, header.Value)).FirstOrDefault(problem => problem is not null) is { } headerProblem)
        {
            throw new FormatException(headerProblem);
        }

        return new CannedAnswer(
            status,
            request.ContentType ?? CannedAnswer.DefaultContentType,
            headers,
            request.Body is null ? null : Encoding.UTF8.GetBytes(request.Body),
            request.PadTo ?? 0);
    }

    private static string? CheckHeader(string name, string? value)
    {
        if (name.Length == 0 || !name.All(IsTokenCharacter))
        {
            return $"'headers' names must be HTTP header names (letters, digits and !#$%&'*+-.^_`|~), got '{name}'.";
        }

        if (ReservedHeaders.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return $"'headers' cannot set '{name}': the emulator frames the answer itself, and the content type is 'contentType'.";
        }

        // Kestrel refuses control and non-ASCII characters in header values at send time; refuse them here, with the name.
        return value is null || !value.All(character => character is '\t' or (>= ' ' and <= '~'))
            ? $"'headers' value of '{name}' must be a string of printable ASCII characters, got '{value}'."
            : null;
    }

    private static bool IsTokenCharacter(char character) =>
        char.IsAsciiLetterOrDigit(character) || "!#$%&'*+-.^_`|~".Contains(character, StringComparison.Ordinal);
}
