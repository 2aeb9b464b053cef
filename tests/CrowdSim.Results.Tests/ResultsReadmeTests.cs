using CrowdSim.Results.Tables;
using CrowdSim.Testing;

namespace CrowdSim.Results.Tests;

/// <summary>results/README.md's column tables are the declared tables' columns (<see cref="TableDocs"/>).</summary>
public sealed class ResultsReadmeTests
{
    /// <summary>Set to 1 to rewrite the README's column tables instead of checking them.</summary>
    public const string WriteVariable = "CROWDSIM_WRITE_DOCS";

    private const string RelativePath = "results/README.md";

    private static readonly string[] ScopeKinds = ["market", "queue", "region"];

    [Fact]
    public void Readme_ColumnTables_AreTheDeclaredColumns()
    {
        var path = RepoRoot.File(RelativePath);
        var existing = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var generated = TableDocs.Update(existing, ResultTables.All);
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            File.WriteAllText(path, generated);
            return;
        }
        var first = FirstDifference(existing, generated);
        Assert.True(first is null, $"{RelativePath} line {first}: its column tables are stale; rewrite them with {WriteVariable}=1 dotnet test --filter ResultsReadme");
    }

    [Fact]
    public void Readme_MarksEveryDeclaredTableOnce()
    {
        var readme = File.ReadAllText(RepoRoot.File(RelativePath)).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Equal(ResultTables.All.Select(t => t.FileName).Order(StringComparer.Ordinal), TableDocs.Marked(readme).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Readme_NamesEveryFileOfARunAndAnExperimentFolder()
    {
        var readme = File.ReadAllText(RepoRoot.File(RelativePath));
        string[] files =
        [
            RunFiles.Scenario, RunFiles.Summary, RunFiles.Manifest, RunFiles.TimeSeries, RunFiles.TimeSeriesParquet, RunFiles.TimeSeriesHourly, RunFiles.Workers,
            RunFiles.WorkersParquet, RunFiles.Projects, RunFiles.Tasks, RunFiles.Report, RunFiles.Charts + "/",
            ExperimentFiles.Manifest, ExperimentFiles.Aggregate, ExperimentFiles.AggregateJson, ExperimentFiles.Comparison, ExperimentFiles.ComparisonJson,
        ];

        Assert.All(files, f => Assert.Contains($"`{f}`", readme, StringComparison.Ordinal));
        Assert.Equal("a/rep-007-seed11", ExperimentFiles.RunFolder("a", 7, 11).Replace('\\', '/'));
    }

    [Fact]
    public void Readme_NamesEveryMetricThatAnHourAveragesRatherThanAdds()
    {
        var readme = File.ReadAllText(RepoRoot.File(RelativePath)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = readme[readme.IndexOf("## timeseries-hourly.csv", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("<!-- columns", StringComparison.Ordinal)];
        var averaged = ScopeKinds
            .SelectMany(kind => Run.TimeSeriesSchema.Of(kind).Where(m => m.Value.Hourly.Kind != Run.HourlyKind.Sum).Select(m => (m.Key, m.Value.Hourly)))
            .ToArray();

        Assert.NotEmpty(averaged);
        foreach (var (metric, how) in averaged)
        {
            Assert.Contains($"`{metric}`", section, StringComparison.Ordinal);
            if (how.Weight is { } weight)
                Assert.Contains($"`{metric}` weighted by `{weight}`", section, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Update_ReplacesOnlyWhatIsBetweenTheMarkers()
    {
        var readme = "# Prose\n\n<!-- columns projects.csv -->\nold table\n<!-- /columns -->\nmore prose\n";

        var updated = TableDocs.Update(readme, ResultTables.All);

        Assert.Equal("# Prose\n\n<!-- columns projects.csv -->\n" + TableDocs.Markdown(Run.ProjectsTable.Table) + "<!-- /columns -->\nmore prose\n", updated);
        Assert.StartsWith("| column | type | meaning |\n|---|---|---|\n| `tick` | int32 | ", TableDocs.Markdown(Run.ProjectsTable.Table), StringComparison.Ordinal);
    }

    [Fact]
    public void Update_MarkerForAnUndeclaredFile_Throws()
    {
        Assert.Throws<ArgumentException>(() => TableDocs.Update("<!-- columns nothing.csv -->\n<!-- /columns -->", ResultTables.All));
    }

    private static int? FirstDifference(string a, string b)
    {
        var x = a.Split('\n');
        var y = b.Split('\n');
        for (var i = 0; i < Math.Max(x.Length, y.Length); i++)
        {
            if (i >= x.Length || i >= y.Length || x[i] != y[i])
                return i + 1;
        }
        return null;
    }
}
