using System.Text.Json;
using CrowdSim.Results;

namespace CrowdSim.Integration.Tests;

/// <summary><c>--timeseries-csv</c> keeps timeseries.csv, is recorded in the reproduce line, and changes no resultHash (issue 14, item 17).</summary>
public class TimeSeriesCsvCliTests
{
    [SkippableFact]
    public async Task Run_keeps_timeseries_csv_only_with_the_flag_and_its_reproduce_line_keeps_it_too()
    {
        Skip.If(OperatingSystem.IsWindows(), "the line is run by /bin/sh, as a user would paste it");
        var work = TempFolders.New("timeseries-csv-cli");
        Directory.CreateDirectory(work);

        var plain = await CliProcess.RunAsync(work, "run", TestScenarios.Tiny, "--days", "1", "--seed", "5", "--out", "plain", "--quiet");
        var kept = await CliProcess.RunAsync(work, "run", TestScenarios.Tiny, "--days", "1", "--seed", "5", "--timeseries-csv", "--out", "kept", "--quiet");

        Assert.True(plain.ExitCode == 0, plain.Stderr);
        Assert.True(kept.ExitCode == 0, kept.Stderr);
        Assert.False(File.Exists(Path.Combine(work, "plain", RunFiles.TimeSeries)));
        Assert.True(File.Exists(Path.Combine(work, "plain", RunFiles.TimeSeriesHourly)));
        Assert.True(File.Exists(Path.Combine(work, "plain", RunFiles.Report)));
        Assert.True(File.Exists(Path.Combine(work, "kept", RunFiles.TimeSeries)));
        Assert.Equal(CheckpointCliTests.ResultHash(Path.Combine(work, "plain")), CheckpointCliTests.ResultHash(Path.Combine(work, "kept")));
        string reproduce;
        using (var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(work, "kept", RunFiles.Manifest))))
            reproduce = manifest.RootElement.GetProperty("reproduce").GetString()!;
        Assert.EndsWith(" --timeseries-csv", reproduce, StringComparison.Ordinal);

        var again = await CliProcess.RunInShellAsync(work, reproduce + " --out again --quiet");

        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.True(File.Exists(Path.Combine(work, "again", RunFiles.TimeSeries)));
        Assert.Equal(File.ReadAllBytes(Path.Combine(work, "kept", RunFiles.TimeSeries)), File.ReadAllBytes(Path.Combine(work, "again", RunFiles.TimeSeries)));
        Assert.Equal(CheckpointCliTests.ResultHash(Path.Combine(work, "kept")), CheckpointCliTests.ResultHash(Path.Combine(work, "again")));
    }
}
