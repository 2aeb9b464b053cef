using System.Buffers.Binary;
using System.Numerics;

namespace CrowdSim.Runs.Output;

/// <summary>
/// SHA-256 (FIPS 180-4) of bytes appended in pieces, whose running state can be saved and carried
/// on from: what a checkpoint needs to hash a file that is never written to disk. (.NET's own
/// <see cref="System.Security.Cryptography.IncrementalHash"/> cannot give its state.) The state is
/// the eight chaining words, the count of bytes and the bytes of the unfinished block; the digest
/// is the one <see cref="System.Security.Cryptography.SHA256.HashData(byte[])"/> gives for all the
/// bytes at once, which tests check.
/// </summary>
internal sealed class ResumableSha256 : IRunningHash
{
    private const int BlockBytes = 64;
    private const int StateBytes = (8 * sizeof(uint)) + sizeof(long);

    private static ReadOnlySpan<uint> K =>
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    private static readonly uint[] Initial = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

    private readonly uint[] _h = [.. Initial];
    private readonly byte[] _pending = new byte[BlockBytes];

    /// <summary>Bytes appended so far.</summary>
    public long Length { get; private set; }

    private int PendingBytes => (int)(Length % BlockBytes);

    public void Append(ReadOnlySpan<byte> data)
    {
        var pending = PendingBytes;
        Length += data.Length;
        if (pending > 0)
        {
            var take = Math.Min(BlockBytes - pending, data.Length);
            data[..take].CopyTo(_pending.AsSpan(pending));
            data = data[take..];
            if (pending + take < BlockBytes)
                return;
            Compress(_h, _pending);
        }
        while (data.Length >= BlockBytes)
        {
            Compress(_h, data[..BlockBytes]);
            data = data[BlockBytes..];
        }
        data.CopyTo(_pending);
    }

    /// <summary>The digest of everything appended so far; appending may go on afterwards.</summary>
    public byte[] Hash()
    {
        Span<uint> h = stackalloc uint[8];
        _h.CopyTo(h);
        var pending = PendingBytes;
        Span<byte> tail = stackalloc byte[2 * BlockBytes];
        tail.Clear();
        _pending.AsSpan(0, pending).CopyTo(tail);
        tail[pending] = 0x80;
        var blocks = pending + 1 + sizeof(long) <= BlockBytes ? 1 : 2;
        BinaryPrimitives.WriteInt64BigEndian(tail.Slice((blocks * BlockBytes) - sizeof(long)), Length * 8);
        for (var b = 0; b < blocks; b++)
            Compress(h, tail.Slice(b * BlockBytes, BlockBytes));
        var digest = new byte[32];
        for (var i = 0; i < 8; i++)
            BinaryPrimitives.WriteUInt32BigEndian(digest.AsSpan(i * 4), h[i]);
        return digest;
    }

    /// <summary>The running state: the chaining words, the byte count and the unfinished block.</summary>
    public byte[] Save()
    {
        var pending = PendingBytes;
        var state = new byte[StateBytes + pending];
        for (var i = 0; i < 8; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(state.AsSpan(i * 4), _h[i]);
        BinaryPrimitives.WriteInt64LittleEndian(state.AsSpan(32), Length);
        _pending.AsSpan(0, pending).CopyTo(state.AsSpan(StateBytes));
        return state;
    }

    /// <summary>A hash that carries on from a state <see cref="Save"/> gave.</summary>
    /// <exception cref="FormatException">The bytes are not such a state.</exception>
    public static ResumableSha256 Restore(ReadOnlySpan<byte> state)
    {
        if (state.Length < StateBytes)
            throw new FormatException($"a SHA-256 state of {state.Length} bytes (at least {StateBytes} expected)");
        var hash = new ResumableSha256 { Length = BinaryPrimitives.ReadInt64LittleEndian(state[32..]) };
        if (hash.Length < 0 || state.Length != StateBytes + hash.PendingBytes)
            throw new FormatException($"a SHA-256 state of {state.Length} bytes for {hash.Length} bytes hashed");
        for (var i = 0; i < 8; i++)
            hash._h[i] = BinaryPrimitives.ReadUInt32LittleEndian(state[(i * 4)..]);
        state[StateBytes..].CopyTo(hash._pending);
        return hash;
    }

    private static void Compress(Span<uint> h, ReadOnlySpan<byte> block)
    {
        Span<uint> w = stackalloc uint[64];
        for (var t = 0; t < 16; t++)
            w[t] = BinaryPrimitives.ReadUInt32BigEndian(block.Slice(t * 4, 4));
        for (var t = 16; t < w.Length; t++)
        {
            uint x = w[t - 15], y = w[t - 2];
            var s0 = BitOperations.RotateRight(x, 7) ^ BitOperations.RotateRight(x, 18) ^ (x >> 3);
            var s1 = BitOperations.RotateRight(y, 17) ^ BitOperations.RotateRight(y, 19) ^ (y >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        uint a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (var t = 0; t < w.Length; t++)
        {
            var t1 = hh + (BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t];
            var t2 = (BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            hh = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += hh;
    }
}
