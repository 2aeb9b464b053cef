namespace CrowdSim.Scenarios.Tests;

public sealed class ScenarioErrorTests
{
    [Fact]
    public void ToString_WhenErrorHasAPosition_FormatsLikeACompiler() =>
        Assert.Equal("a.yaml:3:7: `days`: expected a number", new ScenarioError("a.yaml", 3, 7, "`days`: expected a number").ToString());

    [Fact]
    public void ToString_WhenErrorConcernsTheWholeFile_OmitsThePosition() =>
        Assert.Equal("a.yaml: file not found", new ScenarioError("a.yaml", 0, 0, "file not found").ToString());
}
