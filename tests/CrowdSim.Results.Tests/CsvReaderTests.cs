using CrowdSim.Results.Csv;
using CrowdSim.Results.Run;

namespace CrowdSim.Results.Tests;

public sealed class CsvReaderTests
{
    [Fact]
    public void Read_RowWithTooFewFields_NamesTheFileAndLine()
    {
        using var reader = CsvReader.From(new StringReader("tick,hours,scopeKind,scope,metric,value\n0,0,market,all,tasksCreated,1\n0,0,market,all\n"), "timeseries.csv");

        Assert.True(reader.Read());
        var error = Assert.Throws<ResultFileException>(() => reader.Read());

        Assert.Equal("timeseries.csv:3: expected 6 fields (tick,hours,scopeKind,scope,metric,value), found 4", error.Message);
    }

    [Fact]
    public void Read_CrLfLineEndsAndEmptyLines_ReadsTheRows()
    {
        using var reader = CsvReader.From(new StringReader("a,b\r\n1,2\r\n\r\n3,4\r\n"), "crlf.csv");

        Assert.True(reader.Read());
        Assert.Equal(["1", "2"], reader.Fields());
        Assert.True(reader.Read());
        Assert.Equal(["3", "4"], reader.Fields());
        Assert.Equal(4, reader.Line);
        Assert.False(reader.Read());
    }

    [Fact]
    public void From_EmptyText_SaysTheFileHasNoHeader()
    {
        var error = Assert.Throws<ResultFileException>(() => CsvReader.From(new StringReader(""), "empty.csv"));

        Assert.Equal("empty.csv is empty (no header line)", error.Message);
    }

    [Fact]
    public void TableRead_FileWithoutADeclaredColumn_NamesTheColumn()
    {
        var error = Assert.Throws<ResultFileException>(() => CsvFiles.Read(TimeSeriesTable.Table, "tick,hours,scopeKind,scope,metric\n0,0,market,all,x\n", "old.csv"));

        Assert.Equal("old.csv has no column 'value'", error.Message);
    }

    [Fact]
    public void TableRead_FieldThatIsNotANumber_NamesFileLineAndColumn()
    {
        var csv = "tick,hours,scopeKind,scope,metric,value\n0,0,market,all,tasksCreated,1\n1,0.25,market,all,tasksCreated,lots\n";

        var error = Assert.Throws<ResultFileException>(() => CsvFiles.Read(TimeSeriesTable.Table, csv, "timeseries.csv"));

        Assert.Equal("timeseries.csv:3: `value`: expected a number, got 'lots'", error.Message);
    }

    [Fact]
    public void TableRead_ColumnsInAnotherOrder_AreFoundByName()
    {
        var rows = CsvFiles.Read(TimeSeriesTable.Table, "value,metric,scope,scopeKind,hours,tick,extra\n2.5,backlog,q,queue,0.25,1,ignored\n");

        Assert.Equal([new TimeSeriesRow(1, 0.25, "queue", "q", "backlog", 2.5)], rows);
    }

    [Fact]
    public void TableRead_MissingFile_SaysItCannotBeRead()
    {
        var path = Path.Combine(Path.GetTempPath(), $"crowdsim-missing-{Environment.ProcessId}.csv");

        var error = Assert.Throws<ResultFileException>(() => TimeSeriesTable.Table.Read(path).ToArray());

        Assert.StartsWith($"{path} cannot be read: ", error.Message, StringComparison.Ordinal);
    }
}
