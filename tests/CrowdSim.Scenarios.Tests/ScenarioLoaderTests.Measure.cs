using CrowdSim.Model.Scenario;

namespace CrowdSim.Scenarios.Tests;

/// <summary>The measurement window, <c>measure: {from, to}</c> (issue 15, item 6): whole ticks, from before to; a to past the end is the end.</summary>
public sealed partial class ScenarioLoaderTests
{
    [Fact]
    public void Measure_LeftOut_IsTheWholeHorizon() =>
        Assert.Null(ScenarioLoader.LoadText(MinimalScenario.Yaml, "m.yaml").Measure);

    [Theory]
    [InlineData("{from: 3d, to: 29d20h}", 3 * 1440, (29 * 1440) + (20 * 60))]
    [InlineData("{from: 3d}", 3 * 1440, 30 * 1440)]
    [InlineData("{to: 27d}", 0, 27 * 1440)]
    [InlineData("{from: 1d, to: 40d}", 1440, 30 * 1440)]
    public void Measure_Given_IsTheWindowInMinutes(string measure, long from, long to)
    {
        var spec = ScenarioLoader.LoadText(MinimalScenario.With("days: 30", $"days: 30\nmeasure: {measure}"), "m.yaml");
        Assert.Equal(new MeasureWindow(from, to), spec.Measure);
    }

    [Theory]
    [InlineData("{from: 10d, to: 5d}", 4, 17, "`from`: the window must end after it starts and before the end of the run (from day 10 to day 5, 30 days)")]
    [InlineData("{from: 31d}", 4, 17, "`from`: the window must end after it starts and before the end of the run (from day 31 to day 30, 30 days)")]
    [InlineData("{from: 7m}", 4, 17, "`from`: 7 minutes is not a whole number of 15-minute ticks")]
    [InlineData("{from: 3}", 4, 17, "`from`: expected a duration like 15m, 36h, 14d or 2h30m, got 3")]
    [InlineData("{form: 3d}", 4, 11, "unknown key `form`; did you mean `from`?")]
    [InlineData("3d", 4, 10, "`measure`: expected a mapping with keys from, to, got 3d")]
    public void Measure_Invalid_IsReportedWhereItIs(string measure, int line, int column, string expected)
    {
        var yaml = MinimalScenario.With("days: 30", $"days: 30\nmeasure: {measure}");
        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(yaml, "bad.yaml"));
        var error = Assert.Single(exception.Errors);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_WithDaysShorterThanItsEnd_EndsWithTheRun()
    {
        var folder = new ScenarioFolder().With("m.yaml", MinimalScenario.With("days: 30", "days: 30\nmeasure: {from: 1d, to: 29d}"));
        var spec = ScenarioLoader.LoadExperiment(folder.Path("m.yaml"), new ScenarioLoadOptions { Days = 7 }).Spec;
        Assert.Equal(new MeasureWindow(1440, 7 * 1440), spec.Measure);
    }

    [Fact]
    public void Measure_IsWrittenAndReadBack()
    {
        var spec = ScenarioLoader.LoadText(MinimalScenario.With("days: 30", "days: 30\nmeasure: {from: 3d, to: 29d20h}"), "m.yaml");
        var again = ScenarioLoader.LoadText(ScenarioWriter.ToYaml(spec), "again.yaml");
        Assert.Equal(spec.Measure, again.Measure);
    }
}
