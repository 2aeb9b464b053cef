using CrowdSim.Results.Tables;

namespace CrowdSim.Results.Experiment;

/// <summary>aggregate.csv (and aggregate.json): per cell and outcome, the mean over replications with its 95% interval, within the outcome's range.</summary>
public static class AggregateTable
{
    private static readonly Columns<AggregateRow> C = new();

    public static readonly Column<AggregateRow, string> Scenario = C.Text("scenario", "the cell: a scenario, or a sweep point", r => r.Scenario);
    public static readonly Column<AggregateRow, string> Metric = C.Text("metric", "a summary.json path such as `byRegion.kenya.effectiveHourlyWageMedian`", r => r.Metric);
    public static readonly Column<AggregateRow, int> Replications = C.Int32("replications", "finished replications with this outcome", r => r.Replications);
    public static readonly Column<AggregateRow, double> Mean = C.Double("mean", "mean over the replications", r => r.Mean);
    public static readonly Column<AggregateRow, double> StandardDeviation = C.Double("sd", "sample standard deviation (0 with one replication)", r => r.StandardDeviation);
    public static readonly Column<AggregateRow, double?> CiLower = C.NullableDouble("ciLower", "lower end of the 95% t interval of the mean, cut to the outcome's range (0 or more; [0, 1] for a share; see Intervals above); empty with one replication", r => r.CiLower);
    public static readonly Column<AggregateRow, double?> CiUpper = C.NullableDouble("ciUpper", "upper end of the same interval (at most 1 for a share)", r => r.CiUpper);

    public static readonly Table<AggregateRow> Table = new(
        ExperimentFiles.Aggregate,
        [Scenario, Metric, Replications, Mean, StandardDeviation, CiLower, CiUpper],
        r => new AggregateRow(r.Get(Scenario), r.Get(Metric), r.Get(Replications), r.Get(Mean), r.Get(StandardDeviation), r.Get(CiLower), r.Get(CiUpper)));
}
