using CrowdSim.Results.Experiment;
using CrowdSim.Results.Run;
using CrowdSim.Results.Tables;

namespace CrowdSim.Results;

/// <summary>Every table of a run's or an experiment's folder, in the order results/README.md describes them.</summary>
public static class ResultTables
{
    public static readonly IReadOnlyList<ITable> All =
    [
        TimeSeriesTable.Table,
        HourlyTimeSeriesTable.Table,
        WorkersTable.Table,
        ProjectsTable.Table,
        RequestersTable.Table,
        TaskEventsTable.Table,
        AggregateTable.Table,
        ComparisonTable.Table,
    ];
}
