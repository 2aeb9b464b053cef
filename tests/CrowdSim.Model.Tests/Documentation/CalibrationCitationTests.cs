using System.Text.RegularExpressions;

namespace CrowdSim.Model.Tests.Documentation;

/// <summary>
/// The calibration table travels with the repository: every place that cites it names
/// data/calibration/figures.csv, which a clone has, and every id cited in brackets is one of its rows.
/// </summary>
public sealed partial class CalibrationCitationTests
{
    private const string Table = "data/calibration/figures.csv";

    private static readonly string[] CitingIds = ["docs/MODEL.md", "docs/SCENARIOS.md", "src/CrowdSim.Model/Scenario/ModelDefaults.cs"];

    [Fact]
    public void EveryCitationOfTheTable_NamesAFileTheCloneHas()
    {
        var citations = CitingFiles()
            .SelectMany(file => PathToFigures().Matches(File.ReadAllText(RepoRoot.File(file))).Select(m => (file, cited: m.Value)))
            .ToList();

        Assert.NotEmpty(citations);
        Assert.Empty(citations.Where(c => !c.cited.EndsWith(Table, StringComparison.Ordinal)).Select(c => $"{c.file} cites {c.cited}"));
        Assert.True(File.Exists(RepoRoot.File(Table)));
    }

    [Fact]
    public void EveryBracketedIdInTheModelDocsAndScenarios_IsARowOfTheTable()
    {
        var ids = File.ReadAllLines(RepoRoot.File(Table)).Skip(1).Where(l => l.Length > 0).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).ToHashSet();
        var files = CitingIds
            .Concat(Directory.GetFiles(RepoRoot.File("scenarios"), "*.yaml").Select(f => "scenarios/" + Path.GetFileName(f)));

        var cited = files
            .SelectMany(file => BracketedId().Matches(File.ReadAllText(RepoRoot.File(file))).Select(m => (file, id: m.Groups[1].Value)))
            .Where(c => c.id.Contains('_', StringComparison.Ordinal))
            .ToList();

        Assert.Contains(cited, c => c.id == "res_wage_median");
        Assert.Empty(cited.Where(c => !ids.Contains(c.id)).Select(c => $"{c.file} cites [{c.id}], not a row of {Table}"));
    }

    private static IEnumerable<string> CitingFiles()
    {
        string[] roots = ["README.md", "docs", "scenarios", "src", "tools", "results/README.md"];
        foreach (var root in roots)
        {
            var full = RepoRoot.File(root);
            if (File.Exists(full))
                yield return root;
            else
                foreach (var file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                    .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                             && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal))
                    yield return Path.GetRelativePath(RepoRoot.Path, file).Replace('\\', '/');
        }
    }

    // A path ending in calibration/figures.csv, e.g. shared/calibration/figures.csv or ../data/calibration/figures.csv.
    [GeneratedRegex(@"[\w./-]*calibration/figures\.csv")]
    private static partial Regex PathToFigures();

    // [res_wage_median], not a markdown link [text](url).
    [GeneratedRegex(@"\[([a-z][a-z0-9_]*)\](?!\()")]
    private static partial Regex BracketedId();
}
