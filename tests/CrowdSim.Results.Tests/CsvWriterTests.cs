using CrowdSim.Results.Csv;

namespace CrowdSim.Results.Tests;

public sealed class CsvWriterTests
{
    private static string Write(IReadOnlyList<string> header, params string[][] rows)
    {
        var text = new StringWriter { NewLine = "\n" };
        using (var csv = new CsvWriter(text, header))
        {
            foreach (var row in rows)
                csv.WriteRow(row);
        }
        return text.ToString();
    }

    [Fact]
    public void WriteRow_FieldsWithNothingToQuote_AreJoinedByCommas()
    {
        var text = Write(["tick", "scope", "value"], ["0", "crowd/tasklane/bbox", "0.1"], ["1", "kenya", ""]);

        Assert.Equal("tick,scope,value\n0,crowd/tasklane/bbox,0.1\n1,kenya,\n", text);
    }

    [Fact]
    public void WriteRow_FieldWithCommaQuoteOrLineBreak_IsQuotedWithQuotesDoubled()
    {
        var text = Write(["a", "b", "c", "d"], ["x,y", "say \"hi\"", "two\nlines", "cr\r\nlf"]);

        Assert.Equal("a,b,c,d\n\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\nlf\"\n", text);
    }

    [Fact]
    public void WriteRow_ThenRead_GivesBackFieldsWithCommaQuoteAndLineBreak()
    {
        string[] fields = ["x,y", "say \"hi\"", "two\nlines", "\"", ",", "", " padded "];
        var text = Write(["a", "b", "c", "d", "e", "f", "g"], fields, ["1", "2", "3", "4", "5", "6", "7"]);

        using var reader = CsvReader.From(new StringReader(text), "quoted.csv");
        Assert.True(reader.Read());
        Assert.Equal(fields, reader.Fields());
        Assert.Equal(2, reader.Line);
        Assert.True(reader.Read());
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], reader.Fields());
        Assert.Equal(4, reader.Line);
        Assert.False(reader.Read());
    }

    [Fact]
    public void WriteRow_WithTheWrongNumberOfFields_Throws()
    {
        var text = new StringWriter();
        using var csv = new CsvWriter(text, ["a", "b"]);

        Assert.Throws<ArgumentException>(() => csv.WriteRow(["1"]));
    }

    [Fact]
    public void Writer_WithoutRows_WritesTheHeaderLine()
    {
        Assert.Equal("a,b\n", Write(["a", "b"]));
    }

    [Fact]
    public void Writer_AppendingWithoutHeader_WritesRowsOnly()
    {
        var text = new StringWriter { NewLine = "\n" };
        using (var csv = new CsvWriter(text, ["a", "b"], writeHeader: false))
            csv.WriteRow(["1", "2"]);

        Assert.Equal("1,2\n", text.ToString());
    }
}
