using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSandbox.Engine.Tests;

/// <summary>A body that arrives one byte at a time, as from a server that sends headers and then trickles; or that drops at its end.</summary>
internal sealed class TrickleStream : Stream
{
    private readonly byte[] body;
    private readonly TimeSpan interval;
    private readonly bool dropAtEnd;
    private int position;

    public TrickleStream(byte[] body, TimeSpan interval, bool dropAtEnd = false)
    {
        this.body = body;
        this.interval = interval;
        this.dropAtEnd = dropAtEnd;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (position >= body.Length)
        {
            return dropAtEnd ? throw new IOException("The connection was reset in the middle of the body.") : 0;
        }

        await Task.Delay(interval, cancellationToken);
        buffer.Span[0] = body[position++];
        return 1;
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
