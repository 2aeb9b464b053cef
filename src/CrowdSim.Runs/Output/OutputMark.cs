namespace CrowdSim.Runs.Output;

/// <summary>
/// Where an output file stood at a checkpoint: its length, for a Parquet file the bytes of its
/// footer then (appending row groups overwrites the footer, so a rewind puts it back), and what
/// the output needs besides its file to carry on: the running hash of its bytes, and the rows it
/// was still summing up.
/// </summary>
/// <param name="File">The file's name in the results folder.</param>
/// <param name="Length">Its length in bytes at the checkpoint (of a file only hashed, the bytes hashed).</param>
/// <param name="Footer">For a Parquet file, its last bytes at the checkpoint (metadata, its length and the magic); empty for text.</param>
/// <param name="HashState">For a CSV file that is hashed as it is written, the SHA-256 state after its bytes (<see cref="ResumableSha256"/>); else null.</param>
/// <param name="RowsState">For a table summed up over ticks (timeseries-hourly.csv), the open hour; else null.</param>
public sealed record OutputMark(string File, long Length, byte[] Footer, byte[]? HashState = null, byte[]? RowsState = null);
