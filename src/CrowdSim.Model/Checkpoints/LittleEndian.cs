namespace CrowdSim.Model.Checkpoints;

/// <summary>Checkpoints are little-endian: arrays are written as they lie in memory. Every platform .NET runs on here is.</summary>
internal static class LittleEndian
{
    public static void Require()
    {
        if (!BitConverter.IsLittleEndian)
            throw new PlatformNotSupportedException("checkpoints are written little-endian; this machine is big-endian");
    }
}
