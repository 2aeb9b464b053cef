using System.Security.Cryptography;

namespace CrowdSim.Runs.Output;

/// <summary>
/// The hash of a run's canonical outputs: timeseries.csv, workers.csv and summary.json written
/// with an empty hash. Wall time, machine and settings (manifest.json) are left out, so equal
/// hashes mean equal results.
/// </summary>
public static class ResultHash
{
    /// <summary>"sha256:" and the hex SHA-256 over each part's own SHA-256, in the order given.</summary>
    public static string Of(IEnumerable<Stream> parts)
    {
        using var combined = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
            combined.AppendData(SHA256.HashData(part));
        return "sha256:" + Convert.ToHexStringLower(combined.GetHashAndReset());
    }

    /// <summary>Hex SHA-256 of a file's bytes.</summary>
    public static string OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
