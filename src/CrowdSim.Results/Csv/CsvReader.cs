using nietras.SeparatedValues;

namespace CrowdSim.Results.Csv;

/// <summary>
/// Reads CSV as RFC 4180 describes it (quoted fields may hold commas, doubled quotes and line
/// breaks; '\n' or "\r\n" line ends), row by row, checking that every row has a field per column.
/// Problems are reported as <c>file:line: problem</c>. Empty lines are skipped.
/// </summary>
public sealed class CsvReader : IDisposable
{
    private readonly SepReader _sep;
    private readonly Dictionary<string, int> _columns;

    private CsvReader(SepReader sep, string name)
    {
        _sep = sep;
        Name = name;
        Header = [.. sep.Header.ColNames];
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Header.Count; i++)
            _columns.TryAdd(Header[i], i);
    }

    /// <summary>The file's name or path, as problems name it.</summary>
    public string Name { get; }

    /// <summary>The column names of the header line.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The line the current row starts on (the header is line 1).</summary>
    public int Line { get; private set; }

    /// <summary>A field of the current row; valid until the next <see cref="Read"/>.</summary>
    public CsvField this[int index] => new(_sep.Current[index]);

    /// <summary>The fields of the current row as strings.</summary>
    public string[] Fields() => [.. Enumerable.Range(0, Header.Count).Select(i => _sep.Current[i].ToString())];

    /// <summary>Opens a CSV file.</summary>
    /// <exception cref="ResultFileException">The file is missing or has no header.</exception>
    public static CsvReader Open(string path)
    {
        try
        {
            return From(new StreamReader(path, ResultText.Utf8), path);
        }
        catch (IOException e)
        {
            throw new ResultFileException($"{path} cannot be read: {e.Message}", e);
        }
    }

    /// <summary>Reads CSV text from <paramref name="text"/> (disposed with this reader), naming it <paramref name="name"/> in problems.</summary>
    public static CsvReader From(TextReader text, string name)
    {
        var sep = Sep.New(',').Reader(o => o with
        {
            HasHeader = true,
            Unescape = true,
            DisableColCountCheck = true,
            CreateToString = SepToString.PoolPerCol(),
        }).From(text);
        if (sep.Header.IsEmpty)
        {
            sep.Dispose();
            throw new ResultFileException($"{name} is empty (no header line)");
        }
        return new CsvReader(sep, name);
    }

    /// <summary>The index of a column.</summary>
    /// <exception cref="ResultFileException">The file has no such column.</exception>
    public int Column(string name) =>
        _columns.TryGetValue(name, out var index) ? index : throw new ResultFileException($"{Name} has no column '{name}'");

    /// <summary>Whether the file has a column of that name.</summary>
    public bool HasColumn(string name) => _columns.ContainsKey(name);

    /// <summary>Moves to the next row; false at the end of the file.</summary>
    /// <exception cref="ResultFileException">The row does not have a field per column.</exception>
    public bool Read()
    {
        while (_sep.MoveNext())
        {
            var row = _sep.Current;
            if (row.ColCount == 1 && row.Span.Length == 0)
                continue;
            Line = row.LineNumberFrom;
            if (row.ColCount != Header.Count)
                throw new ResultFileException($"{Name}:{Line}: expected {Header.Count} fields ({string.Join(',', Header)}), found {row.ColCount}");
            return true;
        }
        return false;
    }

    /// <summary>A problem with the current row, as <c>file:line: problem</c>.</summary>
    public ResultFileException Problem(string text) => new($"{Name}:{Line}: {text}");

    public void Dispose() => _sep.Dispose();
}
