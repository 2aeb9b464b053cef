using System.Runtime.InteropServices;
using System.Text;

namespace CrowdSim.Model.Checkpoints;

/// <summary>
/// Reads what a <see cref="StateWriter"/> wrote, in the same order. Arrays are read into the
/// object's existing arrays, whose length (fixed by the scenario) must match; any mismatch, or
/// data that ends early (read through <see cref="FromBytes"/>), is a <see cref="CheckpointFormatException"/>.
/// </summary>
public sealed class StateReader : IDisposable
{
    private readonly BinaryReader _in;

    public StateReader(Stream stream)
    {
        LittleEndian.Require();
        _in = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>Checks that the next object's state is <paramref name="name"/>'s.</summary>
    public void Section(string name)
    {
        var found = _in.ReadString();
        if (found != name)
            throw new CheckpointFormatException($"expected the state of {name}, found '{found}'");
    }

    public bool ReadBool() => _in.ReadBoolean();
    public int ReadInt() => _in.ReadInt32();
    public long ReadLong() => _in.ReadInt64();
    public ulong ReadULong() => _in.ReadUInt64();
    public double ReadDouble() => _in.ReadDouble();
    public string ReadString() => _in.ReadString();
    public double? ReadNullableDouble() => ReadBool() ? ReadDouble() : null;
    public long? ReadNullableLong() => ReadBool() ? ReadLong() : null;

    /// <summary>Reads an array written by <see cref="StateWriter.Write{T}(ReadOnlySpan{T})"/> into <paramref name="into"/>, which must have its length.</summary>
    public void ReadInto<T>(Span<T> into)
        where T : unmanaged
    {
        Length(into.Length);
        _in.BaseStream.ReadExactly(MemoryMarshal.AsBytes(into));
    }

    /// <summary>Reads what <see cref="StateWriter.WriteEach"/> wrote into <paramref name="items"/>, which must be as many (<paramref name="what"/> names them in an error).</summary>
    public void ReadEach<T>(IReadOnlyList<T> items, string what, Action<T, StateReader> restore)
    {
        Expect(items.Count, what);
        foreach (var item in items)
            restore(item, this);
    }

    /// <summary>Reads an array written by <see cref="StateWriter.Write{T}(ReadOnlySpan{T})"/>, of any length.</summary>
    public T[] ReadArray<T>()
        where T : unmanaged
    {
        var values = new T[Count()];
        _in.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    /// <summary>
    /// A count written with <see cref="StateWriter.Write(int)"/>, checked to be non-negative and no
    /// larger than the bytes left (every counted item takes at least one), so that damaged data
    /// cannot make the reader allocate without bound.
    /// </summary>
    public int Count()
    {
        var count = ReadInt();
        if (count < 0)
            throw new CheckpointFormatException($"a negative count ({count})");
        var stream = _in.BaseStream;
        if (stream.CanSeek && count > stream.Length - stream.Position)
            throw new CheckpointFormatException($"a count of {count} with only {stream.Length - stream.Position} bytes left");
        return count;
    }

    /// <summary>Reads a number written with <see cref="StateWriter.Write(int)"/> that must equal the scenario's <paramref name="expected"/> (a size or an id range).</summary>
    public void Expect(int expected, string what)
    {
        var found = ReadInt();
        if (found != expected)
            throw new CheckpointFormatException($"{what}: {found} in the state, {expected} in the scenario");
    }

    /// <summary>Fails unless everything written has been read.</summary>
    public void End()
    {
        if (_in.BaseStream.Position != _in.BaseStream.Length)
            throw new CheckpointFormatException($"{_in.BaseStream.Length - _in.BaseStream.Position} bytes left over after the state");
    }

    /// <summary>Restores a whole object from bytes written by <see cref="StateWriter.ToBytes"/>.</summary>
    public static void FromBytes(byte[] state, Action<StateReader> restore)
    {
        using var buffer = new MemoryStream(state, writable: false);
        using var reader = new StateReader(buffer);
        try
        {
            restore(reader);
        }
        catch (EndOfStreamException)
        {
            throw new CheckpointFormatException("the state ends early");
        }
        reader.End();
    }

    public void Dispose() => _in.Dispose();

    private void Length(int expected)
    {
        var found = ReadInt();
        if (found != expected)
            throw new CheckpointFormatException($"an array of {found} values where the scenario has {expected}");
    }
}
