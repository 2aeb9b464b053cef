using System.Runtime.InteropServices;
using System.Text;

namespace CrowdSim.Model.Checkpoints;

/// <summary>
/// Writes a model object's state for a checkpoint: little-endian binary, arrays prefixed with
/// their length, each object's state opened by a named section so that a reader that has drifted
/// out of step fails at once with the name of what it expected. What is written must be a pure
/// function of the state (no hash-ordered collections), so that equal states give equal bytes.
/// </summary>
public sealed class StateWriter : IDisposable
{
    private readonly BinaryWriter _out;

    public StateWriter(Stream stream)
    {
        LittleEndian.Require();
        _out = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>Opens the state of one object (read back with <see cref="StateReader.Section"/>).</summary>
    public void Section(string name) => _out.Write(name);

    public void Write(bool value) => _out.Write(value);
    public void Write(int value) => _out.Write(value);
    public void Write(long value) => _out.Write(value);
    public void Write(ulong value) => _out.Write(value);
    public void Write(double value) => _out.Write(value);
    public void Write(string value) => _out.Write(value);

    public void Write(double? value)
    {
        _out.Write(value.HasValue);
        if (value is { } v)
            _out.Write(v);
    }

    public void Write(long? value)
    {
        _out.Write(value.HasValue);
        if (value is { } v)
            _out.Write(v);
    }

    /// <summary>
    /// An array of plain values (numbers, flags, byte-sized enums): its length, then the values'
    /// bytes as they lie in memory, which is little-endian (<see cref="LittleEndian"/>).
    /// </summary>
    public void Write<T>(ReadOnlySpan<T> values)
        where T : unmanaged
    {
        _out.Write(values.Length);
        _out.Write(MemoryMarshal.AsBytes(values));
    }

    /// <summary>A list of objects: how many, then each one's state as <paramref name="save"/> writes it.</summary>
    public void WriteEach<T>(IReadOnlyList<T> items, Action<T, StateWriter> save)
    {
        _out.Write(items.Count);
        foreach (var item in items)
            save(item, this);
    }

    /// <summary>The state of a whole object as bytes.</summary>
    public static byte[] ToBytes(Action<StateWriter> save)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StateWriter(buffer))
            save(writer);
        return buffer.ToArray();
    }

    public void Dispose() => _out.Dispose();
}
