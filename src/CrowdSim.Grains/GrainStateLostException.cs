namespace CrowdSim.Grains;

/// <summary>
/// A grain of a run was called without its state: it was activated again after its silo was lost
/// or shut down (or after the run let it go), so the run cannot go on from where it was. A run
/// with checkpoints goes back to its last one. Serialisable, so that it reaches the client as itself.
/// </summary>
[GenerateSerializer]
public sealed class GrainStateLostException(string message) : Exception(message)
{
    /// <summary>The exception for <paramref name="grain"/>.</summary>
    public static GrainStateLostException For(IAddressable grain) =>
        new($"grain {grain.GetGrainId()} has lost its state (it was activated again after its silo was lost or shut down)");
}
