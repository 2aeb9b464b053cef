using CrowdSim.Results.Experiment;
using CrowdSim.Results.Summary;

namespace CrowdSim.Results.Tests;

/// <summary>No result file or figure shows a negative zero (issue 14, item 16): formatting drops the sign of a zero, and of a number that rounds to one.</summary>
public sealed class InvariantTests
{
    [Theory]
    [InlineData(-0.0, "R", "0")]
    [InlineData(-0.0, "F1", "0.0")]
    [InlineData(-0.0004, "F1", "0.0")]
    [InlineData(-0.0004, "0.###", "0")]
    [InlineData(-0.4, "N0", "0")]
    [InlineData(-0.0004, "G3", "-0.0004")]
    [InlineData(-0.05, "F1", "-0.1")]
    [InlineData(-1e-300, "R", "-1E-300")]
    [InlineData(-1234.5, "N1", "-1,234.5")]
    public void Format_NeverWritesANegativeZero(double value, string format, string expected) =>
        Assert.Equal(expected, Invariant.Format(value, format));

    [Fact]
    public void Format_RoundTrip_WritesNegativeZeroAsZero()
    {
        Assert.Equal("0", Invariant.Format(-0.0));
        Assert.Equal("0", Invariant.Format((double?)-0.0));
        Assert.Equal("-0.5", Invariant.Format(-0.5));
    }

    [Fact]
    public void Figures_NeverWriteANegativeZero()
    {
        Assert.Equal("0.00", Figures.F(-0.0001, 2));
        Assert.Equal("0", Figures.N(-0.2));
        Assert.Equal("0.0%", Figures.Pct(-0.00001, 1));
    }

    [Fact]
    public void CsvWriter_WritesNegativeZeroAsZero_InDoubleAndNullableColumns()
    {
        var row = new ComparisonRow("queue.meanWaitMinutes", "variant", 1, 1, -0.0, -0.0, -0.0, false, 2, -0.0, -0.0, -0.0);

        var csv = CsvFiles.Write(ComparisonTable.Table, [row]);

        Assert.Equal("queue.meanWaitMinutes,variant,1,1,0,0,0,false,2,0,0,0", csv.Split('\n')[1]);
        Assert.Equal("0", ComparisonTable.Difference.Format(row));
        Assert.Equal("0", ComparisonTable.CiLower.Format(row));
    }

    [Fact]
    public void ComparisonTable_ReadsAFileFromBeforeItsRelativeColumns_WithThoseEmpty()
    {
        var csv = "metric,scenario,baseline,variant,difference,ciLower,ciUpper,significant,pairs\nqueue.meanWaitMinutes,b,2,3,1,0.5,1.5,true,5\n";

        var row = Assert.Single(CsvFiles.Read(ComparisonTable.Table, csv));

        Assert.Equal(new ComparisonRow("queue.meanWaitMinutes", "b", 2, 3, 1, 0.5, 1.5, true, 5, null, null, null), row);
    }
}
