using System.Globalization;
using nietras.SeparatedValues;

namespace CrowdSim.Results.Csv;

/// <summary>
/// Writes CSV as RFC 4180 describes it, with '\n' line ends (the text writer's): comma-separated,
/// a field quoted only when it holds a comma, a quote or a line break, quotes inside doubled.
/// Fields are given as text; numbers are formatted by the caller (see <see cref="Invariant"/>),
/// so a file with nothing to quote is exactly its fields joined by commas.
/// </summary>
public sealed class CsvWriter : IDisposable
{
    private readonly SepWriter _sep;
    private readonly int _columns;

    /// <param name="text">Where the CSV goes; disposed with this writer.</param>
    /// <param name="header">The column names.</param>
    /// <param name="writeHeader">Whether to start with the header line (not when appending to a file that has it).</param>
    public CsvWriter(TextWriter text, IReadOnlyList<string> header, bool writeHeader = true)
    {
        _columns = header.Count;
        _sep = Sep.New(',').Writer(o => o with { Escape = true, WriteHeader = writeHeader, CultureInfo = CultureInfo.InvariantCulture }).To(text, leaveOpen: false);
        _sep.Header.Add(header);
        if (writeHeader)
            _sep.Header.Write();
    }

    /// <summary>Writes one row; it must have a field per column.</summary>
    public void WriteRow(ReadOnlySpan<string> fields)
    {
        if (fields.Length != _columns)
            throw new ArgumentException($"a row of {fields.Length} fields for {_columns} columns", nameof(fields));
        using var row = _sep.NewRow();
        for (var i = 0; i < fields.Length; i++)
            row[i].Set(fields[i]);
    }

    /// <summary>The Sep writer, for a table writer that formats its fields straight into a row (numbers without strings).</summary>
    internal SepWriter Target => _sep;

    /// <summary>Writes what is buffered through to the text writer, and flushes it.</summary>
    public void Flush() => _sep.Flush();

    public void Dispose() => _sep.Dispose();
}
