using CrowdSim.Cli.Commands;

namespace CrowdSim.Cli.Tests;

public class TypoSuggestionTests
{
    private static readonly string[] RunOptions = ["--set", "--seed", "--days", "--replications", "--parallel", "--out", "--quiet", "--task-log", "--resume"];

    [Theory]
    [InlineData("--sead", "--seed")]
    [InlineData("--sed", "--set")]
    [InlineData("--dasy", "--days")]
    [InlineData("--replication", "--replications")]
    [InlineData("--tasklog", "--task-log")]
    [InlineData("--resum", "--resume")]
    public void Closest_FindsTheMeantName(string given, string meant) =>
        Assert.Equal(meant, TypoSuggestion.Closest(given, RunOptions));

    [Theory]
    [InlineData("--frobnicate")]
    [InlineData("--x")]
    [InlineData("--workers")]
    public void Closest_SuggestsNothing_WhenNothingIsNear(string given) =>
        Assert.Null(TypoSuggestion.Closest(given, RunOptions));
}
