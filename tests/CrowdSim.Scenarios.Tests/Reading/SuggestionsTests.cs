using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios.Tests.Reading;

public sealed class SuggestionsTests
{
    private static readonly string[] TopLevelKeys = ["name", "seed", "days", "workers", "taskTypes"];

    [Theory]
    [InlineData("wokers", "workers")]
    [InlineData("workres", "workers")]
    [InlineData("TaskTypes", "taskTypes")]
    [InlineData("task", "taskTypes")]
    [InlineData("sede", "seed")]
    public void Closest_WhenGivenALikelyTypo_ReturnsTheIntendedKey(string given, string expected) =>
        Assert.Equal(expected, Suggestions.Closest(given, TopLevelKeys));

    [Theory]
    [InlineData("colour")]
    [InlineData("x")]
    public void Closest_WhenNothingIsClose_ReturnsNull(string given) =>
        Assert.Null(Suggestions.Closest(given, TopLevelKeys));

    [Fact]
    public void DidYouMean_WhenNothingIsClose_ListsTheOptions() =>
        Assert.Equal("; expected one of: name, seed, days, workers, taskTypes", Suggestions.DidYouMean("colour", TopLevelKeys));

    [Theory]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "acb", 1)]
    [InlineData("abc", "ab", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ab", "ba", 1)]
    [InlineData("", "abc", 3)]
    public void EditDistance_Always_CountsEditsWithSwapsAsOne(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Between(a, b));
}
