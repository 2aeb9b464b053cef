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

    private static CsvTickOutput<TimeSeriesRow> Output(string path, bool keep) =>
        new(path, TimeSeriesTable.Table, new TickRows<TimeSeriesRow>(Day.Value.Series.Of), keepFile: keep, hashed: true);

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
}
