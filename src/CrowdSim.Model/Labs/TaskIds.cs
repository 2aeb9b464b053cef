namespace CrowdSim.Model.Labs;

/// <summary>
/// Task ids are built from where and when the task was created, so they are unique and the same
/// in every run: bits 40-62 the tick, 32-39 the lab, 26-31 the lab's demand line, 0-25 a sequence
/// number within that tick and line.
/// </summary>
public static class TaskIds
{
    public const int MaxTicks = 1 << 23;
    public const int MaxLabs = 1 << 8;
    public const int MaxLinesPerLab = 1 << 6;
    public const int MaxPerTickAndLine = 1 << 26;

    /// <summary>The id of the <paramref name="sequence"/>-th task of a lab's demand line in a tick.</summary>
    public static long Make(int tick, int lab, int line, int sequence) =>
        ((long)tick << 40) | ((long)lab << 32) | ((long)line << 26) | (uint)sequence;

    /// <summary>The tick a task was created in.</summary>
    public static int TickOf(long id) => (int)(id >> 40);
}
