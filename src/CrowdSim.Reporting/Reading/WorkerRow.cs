namespace CrowdSim.Reporting.Reading;

/// <summary>The columns of one workers.csv row that the report draws.</summary>
internal sealed record WorkerRow(
    string Region,
    double? EffectiveHourlyWage,
    double PaidHours,
    double SearchHours,
    double RejectedHours,
    double AbandonedHours,
    double TrainingHours)
{
    public double UnpaidHours => SearchHours + RejectedHours + AbandonedHours + TrainingHours;

    /// <summary>Whether the worker gave any time, paid or not.</summary>
    public bool GaveTime => PaidHours + UnpaidHours > 0;

    public static IReadOnlyList<WorkerRow> Read(string path)
    {
        var table = CsvTable.Read(path);
        var region = table.Column("region");
        var wage = table.Column("effectiveHourlyWage");
        var paid = table.Column("paidHours");
        var search = table.Column("searchHours");
        var rejected = table.Column("rejectedHours");
        var abandoned = table.Column("abandonedHours");
        var training = table.Column("trainingHours");
        return table.Rows.Select(r => new WorkerRow(
            r[region],
            CsvTable.Number(r, wage),
            CsvTable.Number(r, paid) ?? 0,
            CsvTable.Number(r, search) ?? 0,
            CsvTable.Number(r, rejected) ?? 0,
            CsvTable.Number(r, abandoned) ?? 0,
            CsvTable.Number(r, training) ?? 0)).ToArray();
    }
}
