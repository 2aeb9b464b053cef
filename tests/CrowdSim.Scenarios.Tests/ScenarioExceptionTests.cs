namespace CrowdSim.Scenarios.Tests;

public sealed class ScenarioExceptionTests
{
    [Fact]
    public void Message_Always_ListsEveryErrorOnItsOwnLine()
    {
        var errors = new[] { new ScenarioError("a.yaml", 1, 1, "first"), new ScenarioError("a.yaml", 2, 5, "second") };

        var exception = new ScenarioException(errors);

        Assert.Equal("a.yaml:1:1: first\na.yaml:2:5: second", exception.Message);
        Assert.Equal(errors, exception.Errors);
    }
}
