namespace CrowdSim.Runs.Output;

/// <summary>
/// A write-only stream that hashes every byte written through it (<see cref="IRunningHash"/>)
/// and passes it on to a file, or to nothing when the bytes are wanted only for their hash.
/// </summary>
/// <param name="hash">The running hash (replaced on a rewind, see <see cref="Hash"/>).</param>
/// <param name="file">Where the bytes also go; null for nowhere. Disposed with this stream.</param>
internal sealed class HashingStream(IRunningHash hash, FileStream? file) : Stream
{
    /// <summary>The running hash of what has been written.</summary>
    public IRunningHash Hash { get; set; } = hash;

    public FileStream? File => file;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Hash.Append(buffer);
        file?.Write(buffer);
    }

    public override void Flush() => file?.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            file?.Dispose();
            (Hash as IDisposable)?.Dispose();
        }
        base.Dispose(disposing);
    }
}
