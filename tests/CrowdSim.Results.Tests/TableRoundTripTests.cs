using CrowdSim.Results.Experiment;
using CrowdSim.Results.Run;
using CrowdSim.Results.Tables;

namespace CrowdSim.Results.Tests;

/// <summary>Every declared table: rows written as CSV and read back are the same rows, awkward values included.</summary>
public sealed class TableRoundTripTests
{
    // Doubles whose shortest round-trip text must read back exactly.
    private static readonly double[] Doubles = [0, 0.25, 1.0 / 3, 1e-300, -2.5e17, double.MaxValue, double.Epsilon, 47.75];

    [Fact]
    public void TimeSeriesTable_WrittenAndRead_GivesTheSameRows()
    {
        TimeSeriesRow[] rows =
        [
            .. Doubles.Select((d, i) => new TimeSeriesRow(i, d, "queue", "crowd/tasklane/bbox", "meanBacklog", -d)),
            new(int.MaxValue, 1, "region", "a,\"b\"\nc", "paidHours", 0.1),
        ];

        AssertRoundTrip(TimeSeriesTable.Table, rows);
    }

    [Fact]
    public void WorkersTable_WrittenAndRead_GivesTheSameRows()
    {
        WorkerRow[] rows =
        [
            Worker(0, null, null),
            Worker(1, 1.0 / 3, 12.5) with { NightChecker = true, Status = "dropped-out", TasksApproved = long.MaxValue, Pool = "ke,pool" },
        ];

        AssertRoundTrip(WorkersTable.Table, rows);
    }

    [Fact]
    public void ProjectsTable_WrittenAndRead_GivesTheSameRows()
    {
        ProjectRow[] rows = [new(0, 0.25, "lab-alpha", "bbox", "Project \"Heron\", phase 2", "launch", 500), new(95, 23.75, "lab-beta", "rlhf", "Kite", "batch", 1)];

        AssertRoundTrip(ProjectsTable.Table, rows);
    }

    [Fact]
    public void TaskEventsTable_WrittenAndRead_GivesTheSameRows()
    {
        TaskEventRow[] rows =
        [
            new(1, "posted", 0.1, "crowd", "bbox", "lab-alpha", null, null, 0),
            new(long.MaxValue, "approved", 1.0 / 3, "crowd", "bbox", "lab-alpha", "tasklane", 42, 0.05),
        ];

        AssertRoundTrip(TaskEventsTable.Table, rows);
    }

    [Fact]
    public void AggregateTable_WrittenAndRead_GivesTheSameRows()
    {
        AggregateRow[] rows =
        [
            new("tiny", "byRegion.kenya.effectiveHourlyWageMedian", 1, 1.31, 0, null, null),
            new("pay-floor", "byQueue.crowd/tasklane/bbox.meanBacklog", 10, 1.0 / 3, 0.2, -0.1, 0.7),
        ];

        AssertRoundTrip(AggregateTable.Table, rows);
    }

    [Fact]
    public void ComparisonTable_WrittenAndRead_GivesTheSameRows()
    {
        ComparisonRow[] rows =
        [
            new("money.workerPay", "pay-floor", 100.5, 120.25, 19.75, 10, 29.5, true, 10),
            new("queue.meanWaitMinutes", "label,with,commas", 3, 3, 0, null, null, false, 1),
        ];

        AssertRoundTrip(ComparisonTable.Table, rows);
    }

    [Fact]
    public void TimeSeriesTable_RowWithNothingToQuote_IsWrittenAsPlainFieldsJoinedByCommas()
    {
        var text = CsvFiles.Write(TimeSeriesTable.Table, [new TimeSeriesRow(191, 47.75, "queue", "crowd/tasklane/bbox", "backlog", 0.1)]);

        Assert.Equal("tick,hours,scopeKind,scope,metric,value\n191,47.75,queue,crowd/tasklane/bbox,backlog,0.1\n", text);
    }

    [Fact]
    public void WorkersTable_NullsAndFlags_AreWrittenAsEmptyFieldsAndWords()
    {
        var text = CsvFiles.Write(WorkersTable.Table, [Worker(7, null, null)]);

        Assert.Equal(WorkersTable.Table.HeaderLine + "\n7,pool,kenya,active,false,2,2.5,0,0,0,0,0,0,0,,,3,0,0,0,0,0,0,0,0,,\n", text);
    }

    [Fact]
    public void Writer_WritesEveryFieldAsTheColumnFormatsIt()
    {
        TimeSeriesRow[] series = [.. Doubles.Select((d, i) => new TimeSeriesRow(i, d, "market", "all", "owedUsd", -d))];
        WorkerRow[] workers = [Worker(3, 1.0 / 3, 2.75), Worker(4, null, null) with { EarningsUsd = 1e-7, JoinedDay = 6.5 }];

        Assert.Equal(Lines(TimeSeriesTable.Table, series), CsvFiles.Write(TimeSeriesTable.Table, series));
        Assert.Equal(Lines(WorkersTable.Table, workers), CsvFiles.Write(WorkersTable.Table, workers));
    }

    [Fact]
    public void EveryTable_HasDistinctDescribedColumns()
    {
        foreach (var table in ResultTables.All)
        {
            Assert.Equal(table.Columns.Count, table.Columns.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
            Assert.All(table.Columns, c => Assert.False(string.IsNullOrWhiteSpace(c.Description), $"{table.FileName}: {c.Name} has no description"));
        }
    }

    private static void AssertRoundTrip<TRow>(Table<TRow> table, TRow[] rows)
    {
        var text = CsvFiles.Write(table, rows);

        Assert.StartsWith(table.HeaderLine + "\n", text, StringComparison.Ordinal);
        Assert.Equal(rows, CsvFiles.Read(table, text));
    }

    // The file a table of plain fields must be: the header, then each row's formatted fields joined by commas.
    private static string Lines<TRow>(Table<TRow> table, IEnumerable<TRow> rows) =>
        string.Concat(rows.Select(r => string.Join(',', table.Columns.Select(c => c.Format(r))) + "\n").Prepend(table.HeaderLine + "\n"));

    private static WorkerRow Worker(int id, double? wage, double? leftDay) => new(
        id, "pool", "kenya", "active", false, 2, 2.5, 0, 0, 0, 0, 0, 0, 0, wage, wage, 3, 0, 0, 0, 0, 0, 0, 0, 0, leftDay, null);
}
