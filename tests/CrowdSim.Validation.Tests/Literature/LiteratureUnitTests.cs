using System.Text.RegularExpressions;
using CrowdSim.DocGen;
using CrowdSim.Model.Scenario;

namespace CrowdSim.Validation.Tests.Literature;

/// <summary>The pieces of the validation document's generator (tools/CrowdSim.DocGen) that need no simulation.</summary>
[Trait(ValidationCategory.Name, ValidationCategory.Value)]
public sealed partial class LiteratureUnitTests
{
    [Fact]
    public void Parse_ReadsQuotedFieldsWithCommasAndQuotes()
    {
        const string csv = "id,quantity,value,unit,population_year,source,confidence\n" +
            "a_b,\"x, y and \"\"z\"\"\",12-18,months,\"MTurk, 2015\",\"Someone, 2018\",read\n" +
            "c,note,,,same,Else,secondary\n";

        var figures = CalibrationFigures.Parse(csv);

        Assert.Equal(2, figures.Count);
        Assert.Equal(new CalibrationFigure("a_b", "x, y and \"z\"", "12-18", "months", "MTurk, 2015", "Someone, 2018", "read"), figures[0]);
        Assert.Equal("qualitative", figures[1].ValueWithUnit);
    }

    [Fact]
    public void Parse_RefusesAWrongHeaderAndDuplicateIds()
    {
        Assert.Throws<FormatException>(() => CalibrationFigures.Parse("id,value\na,1\n"));
        Assert.Throws<FormatException>(() => CalibrationFigures.Parse("id,quantity,value,unit,population_year,source,confidence\na,q,1,u,p,s,read\na,q,2,u,p,s,read\n"));
    }

    [SkippableFact]
    public void RepoCopyOfFigures_EqualsSharedCalibrationFile_WhenItIsPresent()
    {
        // The shared folder sits next to the repository in the project's workspace, not in a clone.
        var shared = Path.Combine(Directory.GetParent(RepoRoot.Path)!.FullName, "shared", "calibration", "figures.csv");
        Skip.IfNot(File.Exists(shared), $"no shared calibration folder at {shared} (it sits beside the repository in the project's workspace, not in a clone)");
        var copy = RepoRoot.File(CalibrationFigures.RelativePath);
        Assert.True(File.ReadAllText(shared) == File.ReadAllText(copy),
            $"{copy} differs from {shared}: copy the shared file over it, give any new figure an entry in FigureAssessments, and regenerate docs/VALIDATION.md");
    }

    [Fact]
    public void EveryFigure_HasExactlyOneAssessment()
    {
        var ids = CalibrationFigures.Load().Select(f => f.Id).ToArray();
        var assessed = FigureAssessments.All.Select(a => a.Id).ToArray();

        Assert.Empty(assessed.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(ids.Except(assessed));
        Assert.Empty(assessed.Except(ids));
    }

    [Fact]
    public void FiguresCitedByModelDefaults_AreInputs()
    {
        var source = File.ReadAllText(RepoRoot.File("src/CrowdSim.Model/Scenario/ModelDefaults.cs"));
        var ids = CalibrationFigures.Load().Select(f => f.Id).ToHashSet();
        var cited = CitedId().Matches(source).Select(m => m.Groups[1].Value).Where(ids.Contains).Distinct().ToArray();

        Assert.NotEmpty(cited);
        Assert.All(cited, id => Assert.Equal(FigureRole.Input, FigureAssessments.For(id).Role));
    }

    [Fact]
    public void EveryNumericCheck_HasARange()
    {
        var figures = CalibrationFigures.Load().ToDictionary(f => f.Id);
        foreach (var a in FigureAssessments.All.Where(a => a.Check is not null))
        {
            var range = a.Check!.Range ?? PublishedRange.Parse(figures[a.Id].Value);
            Assert.True(range.Low <= range.High, a.Id);
        }
    }

    [Theory]
    [InlineData("0.43", 0.43, 0.43)]
    [InlineData("12-18", 12, 18)]
    [InlineData("0.012-1.20", 0.012, 1.2)]
    [InlineData("up to 0.70", 0, 0.7)]
    public void PublishedRange_ParsesPointsRangesAndUpperBounds(string text, double low, double high)
    {
        Assert.Equal(new PublishedRange(low, high), PublishedRange.Parse(text));
    }

    [Fact]
    public void DocumentDiff_NamesTheFirstDifferingLineAndHowToRegenerate()
    {
        var message = DocumentDiff.Describe("a\nb\nc\n", "a\nB\nc\n", "docs/X.md", "make x");

        Assert.Contains("line 2", message, StringComparison.Ordinal);
        Assert.Contains("in the file: b", message, StringComparison.Ordinal);
        Assert.Contains("generated:   B", message, StringComparison.Ordinal);
        Assert.Contains("Regenerate it with: make x", message, StringComparison.Ordinal);
    }

    [Fact]
    public void SensitivityCells_MoveEveryInput()
    {
        var cells = SensitivityDesign.Cells();

        Assert.Equal(1 + (2 * SensitivityInputs.All.Count), cells.Count);
        Assert.Equal(SensitivityDesign.Days, cells[0].Spec.Days);
        foreach (var input in SensitivityInputs.All)
            Assert.NotEmpty(input.Values(cells[0].Spec));
        for (var c = 1; c < cells.Count; c++)
        {
            Assert.Equal(SensitivityDesign.Days, cells[c].Spec.Days);
            Assert.NotEqual(Json(cells[0].Spec), Json(cells[c].Spec));
        }
    }

    [Fact]
    public void DocNumbers_AreCultureIndependentAndNeverNegativeZero()
    {
        Assert.Equal("1,302", DocNumbers.Int(1302));
        Assert.Equal("0.00", DocNumbers.F2(-0.001));
        Assert.Equal("0.00", DocNumbers.Signed(-0.001));
        Assert.Equal("−0.41", DocNumbers.Signed(-0.41));
        Assert.Equal("14.9%", DocNumbers.Pct(0.149));
        Assert.Equal("144m", new ScaledValue("x", 3, ScaleKind.HoursAsDuration).Value(0.8));
        Assert.Equal("1", new ScaledValue("x", 0.9, ScaleKind.Share).Value(1.25));
    }

    private static string Json(ScenarioSpec spec) => System.Text.Json.JsonSerializer.Serialize(spec, spec.GetType());

    [GeneratedRegex(@"\[([a-z0-9_]+)\]")]
    private static partial Regex CitedId();
}
