namespace CrowdSim.Integration.Tests;

/// <summary>A scenario's name never chooses where its results go (issue 14, item 11).</summary>
public class ScenarioNamePathTests
{
    [Fact]
    public async Task A_name_that_climbs_out_of_results_lands_inside_results_all_the_same()
    {
        var work = TempFolders.New("name-path");
        var inner = Path.Combine(work, "a", "b", "c");
        Directory.CreateDirectory(inner);
        var scenario = File.ReadAllText(TestScenarios.Tiny);
        Assert.Contains("name: tiny", scenario, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(inner, "escape.yaml"), scenario.Replace("name: tiny", "name: \"../../../escaped\"", StringComparison.Ordinal));

        var outcome = await CliProcess.RunAsync(inner, "run", "escape.yaml", "--days", "1", "--quiet");

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Equal(["c"], Directory.GetDirectories(Path.Combine(work, "a", "b")).Select(Path.GetFileName));
        Assert.False(Directory.Exists(Path.Combine(work, "escaped")));
        var folders = Directory.GetDirectories(Path.Combine(inner, "results"));
        Assert.Equal(["---..-..-escaped"], folders.Select(Path.GetFileName));
    }
}
