namespace CrowdSim.Results.Tests;

public class FolderNamesTests
{
    [Theory]
    [InlineData("baseline", "baseline")]
    [InlineData("fee=0.25", "fee=0.25")]
    [InlineData("../../../escaped", "---..-..-escaped")]
    [InlineData("..", "--")]
    [InlineData(".hidden", "-hidden")]
    [InlineData("a/b\\c d", "a-b-c-d")]
    [InlineData("$(touch x)", "--touch-x-")]
    [InlineData("naïve", "na-ve")]
    [InlineData("", FolderNames.Unnamed)]
    public void Safe_GivesOneHarmlessPathSegment(string name, string expected) =>
        Assert.Equal(expected, FolderNames.Safe(name));

    [Fact]
    public void Safe_LongNames_AreCutAtOneHundredCharacters() =>
        Assert.Equal(new string('x', 100), FolderNames.Safe(new string('x', 300)));
}
