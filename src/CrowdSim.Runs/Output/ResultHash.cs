using System.Security.Cryptography;

namespace CrowdSim.Runs.Output;

/// <summary>
/// The hash of a run's canonical outputs: the bytes of timeseries.csv (hashed as they are
/// written, whether or not the file is kept), workers.csv, projects.csv, and summary.json written
/// with an empty hash. Wall time, machine and settings (manifest.json) are left out, so equal
/// hashes mean equal results.
/// </summary>
public static class ResultHash
{
    /// <summary>"sha256:" and the hex SHA-256 over each part's own SHA-256, in the order given.</summary>
    public static string Of(IEnumerable<Stream> parts) => Of(parts.Select(SHA256.HashData));

    /// <summary>"sha256:" and the hex SHA-256 over the parts' SHA-256 digests, in the order given.</summary>
    public static string Of(IEnumerable<byte[]> digests)
    {
        using var combined = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var digest in digests)
            combined.AppendData(digest);
        return "sha256:" + Convert.ToHexStringLower(combined.GetHashAndReset());
    }

    /// <summary>Hex SHA-256 of a file's bytes.</summary>
    public static string OfFile(string path) => Convert.ToHexStringLower(DigestOfFile(path));

    /// <summary>SHA-256 of a file's bytes.</summary>
    public static byte[] DigestOfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return SHA256.HashData(stream);
    }
}
