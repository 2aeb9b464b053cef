namespace CrowdSim.Runs.Output;

/// <summary>
/// Where an output file stood at a checkpoint: its length, and for a Parquet file the bytes of its
/// footer then (appending row groups overwrites the footer, so a rewind puts it back).
/// </summary>
/// <param name="File">The file's name in the results folder.</param>
/// <param name="Length">Its length in bytes at the checkpoint.</param>
/// <param name="Footer">For a Parquet file, its last bytes at the checkpoint (metadata, its length and the magic); empty for text.</param>
public sealed record OutputMark(string File, long Length, byte[] Footer);
