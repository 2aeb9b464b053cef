namespace CrowdSim.Reference;

/// <summary>What a worker's next event is; completions come before checks at the same millisecond.</summary>
internal enum EventKind : byte
{
    Completion = 0,
    Check = 1,
}
