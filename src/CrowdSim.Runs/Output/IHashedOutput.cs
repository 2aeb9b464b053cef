namespace CrowdSim.Runs.Output;

/// <summary>An output that hashes its bytes as it writes them, so that the result hash needs no file to read (timeseries.csv, kept or not).</summary>
public interface IHashedOutput
{
    /// <summary>The file's name in the results folder.</summary>
    string FileName { get; }

    /// <summary>SHA-256 of every byte written, once the output is finished; null before.</summary>
    byte[]? Sha256 { get; }
}
