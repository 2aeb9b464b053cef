using System.Security.Cryptography;
using CrowdSim.Model.Simulation;
using CrowdSim.Results.Run;
using CrowdSim.Runs.Output;

namespace CrowdSim.Integration.Tests;

/// <summary>A streamed CSV hashed as it is written gives the hash of the file it would write, kept or not, and across a rewind to a checkpoint.</summary>
public class CsvTickOutputTests
{
    private static readonly Lazy<(TimeSeriesRows Series, Model.Metrics.TickReport[] Ticks)> Day = new(() =>
    {
        var spec = new ScenarioBuilder().Days(1).Build();
        var local = new LocalSimulation(spec, 50);
        return (new TimeSeriesRows(spec), [.. Enumerable.Range(0, spec.Ticks).Select(_ => local.Step())]);
    });

    private static CsvTickOutput<TimeSeriesRow> Output(string path, bool keep, bool checkpointed = true) =>
        new(path, TimeSeriesTable.Table, new TickRows<TimeSeriesRow>(Day.Value.Series.Of), keepFile: keep, hashed: true, checkpointed: checkpointed);

    [Fact]
    public void A_hashed_output_gives_the_sha256_of_its_file_and_the_same_without_the_file()
    {
        var folder = TempFolders.New("csv-hash");
        Directory.CreateDirectory(folder);
        var (kept, dropped) = (Path.Combine(folder, "kept.csv"), Path.Combine(folder, "dropped.csv"));
        using var withFile = Output(kept, keep: true);
        using var withoutFile = Output(dropped, keep: false);

        foreach (var tick in Day.Value.Ticks)
        {
            withFile.Write(tick);
            withoutFile.Write(tick);
        }
        withFile.Finish([]);
        withoutFile.Finish([]);

        Assert.Equal(SHA256.HashData(File.ReadAllBytes(kept)), withFile.Sha256);
        Assert.Equal(withFile.Sha256, withoutFile.Sha256);
        Assert.False(File.Exists(dropped));
    }

    [Fact]
    public void A_hash_only_output_rewound_to_a_checkpoint_ends_with_the_same_hash()
    {
        var ticks = Day.Value.Ticks;
        using var straight = Output(TempFolders.New("csv-straight"), keep: false);
        foreach (var tick in ticks)
            straight.Write(tick);
        straight.Finish([]);

        using var rewound = Output(TempFolders.New("csv-rewound"), keep: false);
        foreach (var tick in ticks[..40])
            rewound.Write(tick);
        var mark = rewound.Checkpoint();
        foreach (var tick in ticks[40..70])
            rewound.Write(tick);
        rewound.Rewind(mark);
        foreach (var tick in ticks[40..])
            rewound.Write(tick);
        rewound.Finish([]);

        Assert.Equal(straight.Sha256, rewound.Sha256);
        Assert.NotNull(mark.HashState);
    }

    /// <summary>A run without checkpoints hashes with .NET's own SHA-256: the same digest, and no state to save.</summary>
    [Fact]
    public void An_output_of_a_run_without_checkpoints_gives_the_same_hash_and_refuses_a_checkpoint()
    {
        using var resumable = Output(TempFolders.New("csv-resumable"), keep: false);
        using var native = Output(TempFolders.New("csv-native"), keep: false, checkpointed: false);
        foreach (var tick in Day.Value.Ticks)
        {
            resumable.Write(tick);
            native.Write(tick);
        }
        resumable.Finish([]);
        native.Finish([]);

        Assert.Equal(resumable.Sha256, native.Sha256);
        Assert.Throws<InvalidOperationException>(() => native.Checkpoint());
    }

    /// <summary>The rows of one tick are computed once for the files written from it, and never handed out for another tick.</summary>
    [Fact]
    public void TimeSeriesRows_GivesTheSameRowsForTheSameReport_AndFreshOnesForTheNext()
    {
        var (series, ticks) = Day.Value;
        var first = series.Of(ticks[50]);
        Assert.Same(first, series.Of(ticks[50]));
        var next = series.Of(ticks[51]);
        Assert.NotSame(first, next);
        Assert.All(next, row => Assert.Equal(51, row.Tick));
        Assert.All(series.Of(ticks[50]), row => Assert.Equal(50, row.Tick));
    }
}
