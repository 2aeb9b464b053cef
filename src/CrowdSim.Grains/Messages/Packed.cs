using System.Runtime.InteropServices;

namespace CrowdSim.Grains.Messages;

/// <summary>
/// Batches of the model's plain structs (claims, outcomes) sent as their raw bytes: between silos
/// that is one copy instead of a JSON document per struct. Every silo and client runs the same
/// build on little-endian hardware, so the layout is the same at both ends.
/// </summary>
internal static class Packed
{
    public static byte[] Of<T>(ReadOnlySpan<T> items)
        where T : unmanaged => MemoryMarshal.AsBytes(items).ToArray();

    public static ReadOnlySpan<T> As<T>(byte[] bytes)
        where T : unmanaged => MemoryMarshal.Cast<byte, T>(bytes);
}
