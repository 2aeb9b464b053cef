namespace CrowdSim.Scenarios.Tests;

public sealed partial class ScenarioLoaderTests
{
    /// <summary>An id with a character outside letters, digits, '-' and '_', and the one error it must give.</summary>
    public static TheoryData<string, string, string> BadIds => new()
    {
        { "platform id with a dot", MinimalScenario.With("  - id: open-market", "  - id: open.market"), "bad.yaml:12:9: `id`: expected an id of ASCII letters, digits, `-` and `_`, got `open.market`" },
        { "worker pool id with a space", MinimalScenario.With("  - id: ke-crowd", "  - id: \"ke crowd\""), "bad.yaml:29:9: `id`: expected an id of ASCII letters, digits, `-` and `_`, got `ke crowd`" },
        { "event id with a slash", MinimalScenario.With("    type: task_surge\n", "    type: task_surge\n    id: surge/1\n"), "bad.yaml:36:9: `id`: expected an id of ASCII letters, digits, `-` and `_`, got `surge/1`" },
        { "lab id with a comma", MinimalScenario.With("  - id: lab-alpha", "  - id: \"lab,alpha\"").Edit("    lab: lab-alpha", "    lab: \"lab,alpha\""), "bad.yaml:22:9: `id`: expected an id of ASCII letters, digits, `-` and `_`, got `lab,alpha`" },
        { "region id with a non-ASCII letter", MinimalScenario.With("  - id: kenya", "  - id: kényá").Edit("region: kenya, usd", "region: kényá, usd").Edit("    region: kenya", "    region: kényá"), "bad.yaml:5:9: `id`: expected an id of ASCII letters, digits, `-` and `_`, got `kényá`" },
    };

    [Theory]
    [MemberData(nameof(BadIds))]
    public void LoadText_IdOutsideLettersDigitsDashAndUnderscore_IsTheOnlyErrorWhereTheIdIsWritten(string name, string yaml, string expected)
    {
        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(yaml, "bad.yaml"));

        Assert.True(exception.Errors.Select(e => e.ToString()).SequenceEqual([expected]), $"{name}: expected only\n{expected}\ngot:\n{exception.Message}");
    }

    [Theory]
    [InlineData("ke_crowd-2")]
    [InlineData("KE")]
    [InlineData("123")]
    [InlineData("-")]
    public void LoadText_IdOfLettersDigitsDashAndUnderscore_IsAccepted(string id)
    {
        var spec = ScenarioLoader.LoadText(MinimalScenario.With("  - id: ke-crowd", $"  - id: \"{id}\""), "ok.yaml");

        Assert.Equal(id, spec.WorkerPools[0].Id);
    }
}
