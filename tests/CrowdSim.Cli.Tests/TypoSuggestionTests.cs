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

    [Theory]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "acb", 1)]
    [InlineData("abc", "ab", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Distance_CountsEdits_ASwapAsOne(string a, string b, int distance) =>
        Assert.Equal(distance, TypoSuggestion.Distance(a, b));
}
