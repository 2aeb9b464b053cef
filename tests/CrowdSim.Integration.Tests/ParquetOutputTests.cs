using System.Globalization;
using CrowdSim.Model.Simulation;
using CrowdSim.Results;
using CrowdSim.Results.Csv;
using CrowdSim.Results.Run;
using CrowdSim.Runs;
using CrowdSim.Runs.Output;
using CrowdSim.Runs.Output.Parquet;
using CrowdSim.Scenarios;
using Parquet;
using Parquet.Schema;

namespace CrowdSim.Integration.Tests;

[Collection(ClusterCollection.Name)]
public class ParquetOutputTests(TwoSiloClusterFixture cluster)
{
    private async Task<RunResult> RunTinyAsync(string label, bool taskLog = false, bool timeSeriesCsv = false)
    {
        var file = TestScenarios.Tiny;
        var runner = new SimulationRunner(cluster.Grains, "test-cluster");
        var request = new RunRequest(TempFolders.New(label), 50, file, "test", taskLog) { TimeSeriesCsv = timeSeriesCsv };
        return await runner.RunAsync(ScenarioLoader.LoadFile(file), request);
    }

    [Fact]
    public async Task TimeSeriesParquet_HoldsExactlyTheRowsOfTimeSeriesCsv()
    {
        var dir = (await RunTinyAsync("pq-series", timeSeriesCsv: true)).OutputPath;
        var parquet = Path.Combine(dir, RunFiles.TimeSeriesParquet);

        var csv = TimeSeriesTable.Table.Read(Path.Combine(dir, RunFiles.TimeSeries)).ToArray();
        Assert.Equal(TimeSeriesTable.Table.Header, await ColumnNamesAsync(parquet));
        Assert.NotEmpty(csv);
        Assert.Equal(csv, await TimeSeriesRowsAsync(parquet));
    }

    [Fact]
    public async Task TimeSeriesParquet_WrittenInSmallRowGroups_HoldsTheSameRowsAsTheCsv()
    {
        var spec = ScenarioLoader.LoadFile(TestScenarios.Tiny);
        var dir = TempFolders.New("pq-row-groups");
        Directory.CreateDirectory(dir);
        var (csvPath, parquetPath) = (Path.Combine(dir, RunFiles.TimeSeries), Path.Combine(dir, RunFiles.TimeSeriesParquet));
        var local = new LocalSimulation(spec, 50);
        var rows = new TimeSeriesRows(spec);
        using (var csv = new CsvTickOutput<TimeSeriesRow>(csvPath, TimeSeriesTable.Table, new TickRows<TimeSeriesRow>(rows.Of)))
        using (var parquet = new ParquetTickOutput<TimeSeriesRow>(parquetPath, TimeSeriesTable.Table, rows.Of, rowGroupRows: 1000))
        {
            for (var t = 0; t < spec.Ticks; t++)
            {
                var tick = local.Step();
                csv.Write(tick);
                parquet.Write(tick);
            }
            csv.Finish([]);
            parquet.Finish([]);
        }

        var expected = TimeSeriesTable.Table.Read(csvPath).ToArray();
        await using (var reader = await ParquetReader.CreateAsync(parquetPath))
        {
            Assert.Equal((expected.Length + 999) / 1000, reader.RowGroupCount);
            Assert.All(reader.RowGroups.SkipLast(1), g => Assert.Equal(1000, g.RowCount));
        }
        Assert.Equal(expected, await TimeSeriesRowsAsync(parquetPath));
    }

    [Fact]
    public async Task WorkersParquet_HasOneRowPerWorker_WithTheValuesOfWorkersCsv()
    {
        var dir = (await RunTinyAsync("pq-workers")).OutputPath;
        var parquet = Path.Combine(dir, RunFiles.WorkersParquet);
        var (header, rows) = CsvFields(Path.Combine(dir, RunFiles.Workers));
        string[] Cells(string column) => [.. rows.Select(r => r[header.IndexOf(column)])];

        Assert.Equal(header, await ColumnNamesAsync(parquet));
        Assert.Equal(WorkersTable.Table.Header, header);
        var ids = await ValuesAsync<int>(parquet, "workerId");
        Assert.Equal(150, ids.Length);
        Assert.Equal(Cells("workerId"), ids.Select(i => Invariant.Format(i)));
        Assert.Equal(Cells("earningsUsd"), (await ValuesAsync<double>(parquet, "earningsUsd")).Select(v => Invariant.Format(v)));
        Assert.Equal(Cells("status"), await StringsAsync(parquet, "status"));
        Assert.Equal(Cells("region"), await StringsAsync(parquet, "region"));
        Assert.Equal(Cells("nightChecker"), (await ValuesAsync<bool>(parquet, "nightChecker")).Select(b => b ? "true" : "false"));
        Assert.Equal(Cells("tasksApproved"), (await ValuesAsync<long>(parquet, "tasksApproved")).Select(v => Invariant.Format(v)));
        // Empty cells are nulls.
        foreach (var column in new[] { "effectiveHourlyWage", "paidHourlyWage", "leftDay", "weeklyEarningsCv" })
            Assert.Equal(Cells(column), (await NullablesAsync<double>(parquet, column)).Select(v => Invariant.Format(v)));
        Assert.Contains("", Cells("weeklyEarningsCv"));
    }

    [Fact]
    public async Task TasksParquet_IsNotWritten_WithoutTheTaskLog()
    {
        var dir = (await RunTinyAsync("pq-no-task-log")).OutputPath;
        Assert.False(File.Exists(Path.Combine(dir, RunFiles.Tasks)));
        Assert.True(File.Exists(Path.Combine(dir, RunFiles.TimeSeriesParquet)));
        Assert.True(File.Exists(Path.Combine(dir, RunFiles.WorkersParquet)));
    }

    [Fact]
    public async Task TasksParquet_WithTheTaskLog_AgreesWithTheSummary_AndEveryApprovedTaskWasTakenFirst()
    {
        var result = await RunTinyAsync("pq-task-log", taskLog: true);
        var parquet = Path.Combine(result.OutputPath, RunFiles.Tasks);
        Assert.Equal(["taskId", "event", "hours", "platform", "taskType", "lab", "vendor", "workerId", "payUsd"], await ColumnNamesAsync(parquet));

        var ids = await ValuesAsync<long>(parquet, "taskId");
        var events = await StringsAsync(parquet, "event");
        var hours = await ValuesAsync<double>(parquet, "hours");
        var workers = await NullablesAsync<int>(parquet, "workerId");
        var pay = await ValuesAsync<double>(parquet, "payUsd");
        var tasks = result.Summary.Tasks;
        Assert.Equal(tasks.Posted, events.Count(e => e == "posted"));
        Assert.Equal(tasks.Approved, events.Count(e => e == "approved"));
        Assert.Equal(tasks.Expired, events.Count(e => e == "expired"));
        Assert.Equal(tasks.Rejected, events.Count(e => e == "rejected"));
        Assert.Equal(tasks.Completed, events.Count(e => e == "submitted"));
        Assert.Equal(tasks.Abandoned, events.Count(e => e == "abandoned"));
        Assert.Subset(new HashSet<string?> { "posted", "taken", "abandoned", "submitted", "approved", "rejected", "expired" }, events.ToHashSet());

        // The last taker of each task so far, in file order.
        var taker = new Dictionary<long, (int Worker, double Hours)>();
        var approvals = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            switch (events[i])
            {
                case "posted" or "expired":
                    Assert.Null(workers[i]);
                    break;
                case "taken":
                    taker[ids[i]] = (workers[i]!.Value, hours[i]);
                    break;
                case "approved":
                    Assert.True(taker.TryGetValue(ids[i], out var taken), $"task {ids[i]} approved at row {i} without being taken before");
                    Assert.Equal(taken.Worker, workers[i]);
                    Assert.True(taken.Hours <= hours[i], $"task {ids[i]} approved at {hours[i]} h before it was taken at {taken.Hours} h");
                    Assert.True(pay[i] > 0, $"task {ids[i]} approved without pay");
                    approvals++;
                    break;
            }
        }
        Assert.True(approvals > 0);
    }

    internal static async Task<TimeSeriesRow[]> TimeSeriesRowsAsync(string parquet)
    {
        var ticks = await ValuesAsync<int>(parquet, "tick");
        var hours = await ValuesAsync<double>(parquet, "hours");
        var kinds = await StringsAsync(parquet, "scopeKind");
        var scopes = await StringsAsync(parquet, "scope");
        var metrics = await StringsAsync(parquet, "metric");
        var values = await ValuesAsync<double>(parquet, "value");
        return [.. ticks.Select((t, i) => new TimeSeriesRow(t, hours[i], kinds[i]!, scopes[i]!, metrics[i]!, values[i]))];
    }

    // A CSV file's header and rows of fields, read by the results' CSV reader.
    private static (List<string> Header, List<string[]> Rows) CsvFields(string path)
    {
        using var reader = CsvReader.Open(path);
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add(reader.Fields());
        return ([.. reader.Header], rows);
    }

    internal static async Task<string[]> TimeSeriesLinesAsync(string parquet)
    {
        var ticks = await ValuesAsync<int>(parquet, "tick");
        var hours = await ValuesAsync<double>(parquet, "hours");
        var kinds = await StringsAsync(parquet, "scopeKind");
        var scopes = await StringsAsync(parquet, "scope");
        var metrics = await StringsAsync(parquet, "metric");
        var values = await ValuesAsync<double>(parquet, "value");
        return
        [
            .. ticks.Select((t, i) => string.Join(',',
                t.ToString(CultureInfo.InvariantCulture), Invariant.Format(hours[i]), kinds[i], scopes[i], metrics[i], Invariant.Format(values[i]))),
        ];
    }

    private static async Task<string[]> ColumnNamesAsync(string parquet)
    {
        await using var reader = await ParquetReader.CreateAsync(parquet);
        return [.. reader.Schema.DataFields.Select(f => f.Name)];
    }

    internal static Task<T[]> ValuesAsync<T>(string parquet, string column)
        where T : struct =>
        ReadColumnAsync<T>(parquet, column, (group, field, values) => group.ReadAsync<T>(field, values));

    private static Task<T?[]> NullablesAsync<T>(string parquet, string column)
        where T : struct =>
        ReadColumnAsync<T?>(parquet, column, (group, field, values) => group.ReadAsync<T>(field, values));

    internal static Task<string?[]> StringsAsync(string parquet, string column) =>
        ReadColumnAsync<string?>(parquet, column, (group, field, values) => group.ReadAsync(field, values));

    private static async Task<TValue[]> ReadColumnAsync<TValue>(string parquet, string column, Func<ParquetRowGroupReader, DataField, Memory<TValue>, ValueTask> read)
    {
        await using var reader = await ParquetReader.CreateAsync(parquet);
        var field = reader.Schema.DataFields.Single(f => f.Name == column);
        var values = new List<TValue>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var chunk = new TValue[reader.RowGroups[g].RowCount];
            await read(reader.RowGroups[g], field, chunk);
            values.AddRange(chunk);
        }
        return [.. values];
    }
}
