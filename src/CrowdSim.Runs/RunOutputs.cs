using CrowdSim.Model.Scenario;
using CrowdSim.Results;
using CrowdSim.Results.Run;
using CrowdSim.Runs.Output;
using CrowdSim.Runs.Output.Parquet;

namespace CrowdSim.Runs;

/// <summary>The files a run streams into its folder while it runs, each written from its declared table.</summary>
internal static class RunOutputs
{
    /// <param name="resume">Open the files a checkpointed run left, to be rewound to their marks, instead of creating them.</param>
    public static IReadOnlyList<ITickOutput> Create(ScenarioSpec spec, ResultsFolder folder, RunRequest request, bool resume = false)
    {
        var series = new TimeSeriesRows(spec);
        var outputs = new List<ITickOutput>();
        try
        {
            // The full time series in CSV is large (a row per metric, scope and tick): hashed always, kept only when asked for.
            outputs.Add(new CsvTickOutput<TimeSeriesRow>(
                folder.File(RunFiles.TimeSeries), TimeSeriesTable.Table, new TickRows<TimeSeriesRow>(series.Of), resume, keepFile: request.TimeSeriesCsv, hashed: true,
                checkpointed: request.CheckpointEveryTicks > 0));
            outputs.Add(new CsvTickOutput<HourlyTimeSeriesRow>(
                folder.File(RunFiles.TimeSeriesHourly), HourlyTimeSeriesTable.Table, new HourlyRows(new HourlyTimeSeries(series)), resume));
            outputs.Add(new CsvTickOutput<ProjectRow>(
                folder.File(RunFiles.Projects), ProjectsTable.Table, new TickRows<ProjectRow>(tick => ProjectsTable.Rows(tick, spec)), resume));
            outputs.Add(new ParquetTickOutput<TimeSeriesRow>(folder.File(RunFiles.TimeSeriesParquet), TimeSeriesTable.Table, series.Of, resume: resume));
            outputs.Add(new ParquetTickOutput<WorkerRow>(
                folder.File(RunFiles.WorkersParquet), WorkersTable.Table, perTick: null, atEnd: workers => workers.Select(w => WorkersTable.Row(w, spec)), resume: resume));
            if (request.TaskLog)
            {
                outputs.Add(new ParquetTickOutput<TaskEventRow>(
                    folder.File(RunFiles.Tasks), TaskEventsTable.Table, tick => tick.TaskEvents.Select(e => TaskEventsTable.Row(e, spec)), resume: resume));
            }
        }
        catch
        {
            // The caller only disposes what it was given: close the files already opened.
            foreach (var output in outputs)
                output.Dispose();
            throw;
        }
        return outputs;
    }
}
