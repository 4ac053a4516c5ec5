using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSandbox.Engine.Http;

/// <summary>
/// The body of an answer, read through a limit: a server that sends more than <see cref="Limit"/> bytes is cut off
/// (<see cref="AnswerTooLargeException"/>) instead of filling memory. The first bytes are kept, so that an answer
/// that is not the expected JSON can be quoted in the error.
/// </summary>
internal sealed class AnswerStream : Stream
{
    private const int KeptBytes = 200;
    private readonly Stream inner;
    private readonly MemoryStream start = new();
    private long read;

    public AnswerStream(Stream inner, long limit)
    {
        this.inner = inner;
        Limit = limit;
    }

    public long Limit { get; }

    /// <summary>How many bytes were read so far.</summary>
    public long BytesRead => read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => read;
        set => throw new NotSupportedException();
    }

    /// <summary>The first bytes of the body as text, for error messages.</summary>
    public string Start() => Encoding.UTF8.GetString(start.GetBuffer(), 0, (int)start.Length);

    public override int Read(byte[] buffer, int offset, int count) => Count(buffer, offset, inner.Read(buffer, offset, count));

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Count(buffer, offset, await inner.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            start.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(byte[] buffer, int offset, int count)
    {
        if (start.Length < KeptBytes)
        {
            start.Write(buffer, offset, (int)Math.Min(count, KeptBytes - start.Length));
        }

        read += count;
        if (read > Limit)
        {
            throw new AnswerTooLargeException(Limit);
        }

        return count;
    }
}

/// <summary>An answer went past <see cref="AnswerStream.Limit"/>; it is not read further and not retried.</summary>
internal sealed class AnswerTooLargeException : Exception
{
    public AnswerTooLargeException(long limit)
        : base("The answer is larger than " + limit + " bytes.")
    {
        Limit = limit;
    }

    public long Limit { get; }
}
