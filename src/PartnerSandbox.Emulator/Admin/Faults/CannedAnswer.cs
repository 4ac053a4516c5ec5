using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace PartnerSandbox.Emulator.Admin.Faults;

/// <summary>
/// An answer a test wrote for the <c>answer</c> and <c>trickle</c> faults: any status, a content type,
/// extra headers and a raw body, padded with trailing spaces to at least <c>padTo</c> bytes (so an
/// oversized answer can still be valid JSON). Checked by <see cref="CannedAnswerRequest"/>.
/// </summary>
internal sealed class CannedAnswer(int statusCode, string contentType, IReadOnlyDictionary<string, string> headers, byte[]? body, long padTo)
{
    public const string DefaultContentType = "application/json";

    /// <summary>The padding is written from this block, so a large <c>padTo</c> costs no memory.</summary>
    private static readonly ReadOnlyMemory<byte> Spaces = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));

    public int StatusCode => statusCode;

    /// <summary>Whether the test gave a body or a size: a trickle without either sends an endless filler instead.</summary>
    public bool HasBody => body is not null || padTo > 0;

    public long BodyLength => Math.Max(body?.Length ?? 0, padTo);

    /// <summary>HTTP gives informational answers, 204, 205 and 304 no body (RFC 9110).</summary>
    public static bool StatusAllowsBody(int status) => status is >= 200 and not 204 and not 205 and not 304;

    /// <summary>Status, content type (when the status has a body) and the test's headers, on a response not yet started.</summary>
    public void WriteHead(HttpResponse response)
    {
        response.StatusCode = statusCode;
        if (StatusAllowsBody(statusCode))
        {
            response.ContentType = contentType;
        }

        foreach (var (name, value) in headers)
        {
            response.Headers[name] = value;
        }
    }

    /// <summary>The body, then the padding, in pieces of at most <paramref name="size"/> bytes.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> BodyChunks(int size)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, Spaces.Length);
        var text = body ?? [];
        for (var offset = 0; offset < text.Length; offset += size)
        {
            yield return text.AsMemory(offset, Math.Min(size, text.Length - offset));
        }

        for (var padding = BodyLength - text.Length; padding > 0; padding -= size)
        {
            yield return Spaces[..(int)Math.Min(size, padding)];
        }
    }
}
