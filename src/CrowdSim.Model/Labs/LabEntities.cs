namespace CrowdSim.Model.Labs;

/// <summary>
/// Entity ids of a lab's random streams. A line is <c>lab × 2^8 + line</c> (below 2^16); a
/// requester sets bit 48 above (lab, line, requester), so the two never collide.
/// </summary>
internal static class LabEntities
{
    private const ulong RequesterTag = 1UL << 48;

    /// <summary>The entity of a lab's demand line.</summary>
    public static ulong Line(int lab, int line) => ((ulong)(uint)lab << 8) | (uint)line;

    /// <summary>The entity of requester <paramref name="requester"/> of a lab's demand line.</summary>
    public static ulong Requester(int lab, int line, int requester) =>
        RequesterTag | ((ulong)(uint)lab << 32) | ((ulong)(uint)line << 16) | (uint)requester;
}
