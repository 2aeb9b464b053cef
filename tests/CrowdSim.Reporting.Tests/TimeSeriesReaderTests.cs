using CrowdSim.Reporting.Reading;
using CrowdSim.Results;

namespace CrowdSim.Reporting.Tests;

/// <summary>The report reads timeseries-hourly.csv, which every run writes, and still reads timeseries.csv in older folders (issue 14, item 17).</summary>
[Collection(ResultsCollection.Name)]
public sealed class TimeSeriesReaderTests(ResultsFixture results)
{
    [Fact]
    public void HourlyCsv_GivesTheSameBucketSumsAsTheTickByTickCsv()
    {
        var buckets = TimeBuckets.For(tickMinutes: 15, ticks: 96, minimumMinutes: 60);
        var hourly = TimeSeriesReader.Read(Path.Combine(results.RunFolder, RunFiles.TimeSeriesHourly), buckets);
        var ticks = TimeSeriesReader.Read(Path.Combine(results.RunFolder, RunFiles.TimeSeries), buckets);

        Assert.Equal(4, buckets.TicksPerBucket);
        foreach (var (kind, metrics) in TimeSeriesReader.Wanted)
        {
            Assert.Equal(ticks.Scopes(kind), hourly.Scopes(kind));
            Assert.NotEmpty(hourly.Scopes(kind));
            foreach (var scope in hourly.Scopes(kind))
            {
                foreach (var metric in metrics)
                {
                    var expected = ticks.Sum(kind, scope, metric);
                    var actual = hourly.Sum(kind, scope, metric);
                    Assert.All(expected.Zip(actual), p => Assert.Equal(p.First, p.Second, 1e-9 * Math.Max(1, Math.Abs(p.First))));
                }
            }
        }
    }

    [Fact]
    public void For_AnHourlySeries_NeverMakesBucketsShorterThanAnHour()
    {
        Assert.Equal(1, TimeBuckets.For(tickMinutes: 15, ticks: 96).TicksPerBucket);
        Assert.Equal(4, TimeBuckets.For(tickMinutes: 15, ticks: 96, minimumMinutes: 60).TicksPerBucket);
        Assert.Equal(60, TimeBuckets.For(tickMinutes: 1, ticks: 60 * 24, minimumMinutes: 60).TicksPerBucket);
        Assert.Equal("3 hours", TimeBuckets.For(tickMinutes: 15, ticks: 30 * 96, minimumMinutes: 60).BucketName);
    }

    [Fact]
    public void Build_AFolderFromBeforeTheHourlyCsv_ReadsTimeseriesCsv()
    {
        var folder = TempFolders.New("old-run");
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var file in new[] { RunFiles.Summary, RunFiles.Workers, RunFiles.Scenario, RunFiles.TimeSeries })
                File.Copy(Path.Combine(results.RunFolder, file), Path.Combine(folder, file));

            Assert.True(ReportBuilder.HasResults(folder));
            var html = File.ReadAllText(ReportBuilder.Build(folder));

            Assert.Equal(7, ReportHtml.Charts(html).Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_run_folder_without_either_time_series_is_not_a_run()
    {
        var folder = TempFolders.New("no-series");
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var file in new[] { RunFiles.Summary, RunFiles.Workers })
                File.Copy(Path.Combine(results.RunFolder, file), Path.Combine(folder, file));

            var error = Assert.Throws<ReportInputException>(() => ReportBuilder.Build(folder));

            Assert.Contains("timeseries-hourly.csv (or timeseries.csv)", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
