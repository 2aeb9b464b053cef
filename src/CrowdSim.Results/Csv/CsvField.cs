using nietras.SeparatedValues;

namespace CrowdSim.Results.Csv;

/// <summary>One field of the row a <see cref="CsvReader"/> is on, unquoted: its characters, or its text as a string (repeated texts share one string).</summary>
public readonly ref struct CsvField
{
    private readonly SepReader.Col _col;

    internal CsvField(SepReader.Col col) => _col = col;

    public ReadOnlySpan<char> Span => _col.Span;

    public override string ToString() => _col.ToString();
}
