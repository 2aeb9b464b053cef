using Parquet;
using Parquet.Schema;

namespace CrowdSim.Runs.Output.Parquet;

/// <summary>One column of a Parquet table: its field, and how a row group's worth of rows is written to it.</summary>
/// <typeparam name="TRow">What a row is made from.</typeparam>
/// <param name="Field">Name and type of the column.</param>
/// <param name="DictionaryEncoded">Whether to ask for dictionary encoding (for strings with few distinct values).</param>
/// <param name="WriteAsync">Writes the column of the given rows into a row group.</param>
internal sealed record ParquetColumn<TRow>(DataField Field, bool DictionaryEncoded, Func<ParquetRowGroupWriter, IReadOnlyList<TRow>, Task> WriteAsync);
