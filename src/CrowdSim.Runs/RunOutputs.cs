using CrowdSim.Model.Scenario;
using CrowdSim.Runs.Output;
using CrowdSim.Runs.Output.Parquet;

namespace CrowdSim.Runs;

/// <summary>The files a run streams into its folder while it runs.</summary>
internal static class RunOutputs
{
    /// <param name="resume">Open the files a checkpointed run left, to be rewound to their marks, instead of creating them.</param>
    public static IReadOnlyList<ITickOutput> Create(ScenarioSpec spec, ResultsFolder folder, RunRequest request, bool resume = false)
    {
        var outputs = new List<ITickOutput>();
        try
        {
            outputs.Add(new TimeSeriesWriter(folder.File("timeseries.csv"), spec, resume));
            outputs.Add(new ProjectsWriter(folder.File("projects.csv"), spec, resume));
            outputs.Add(new TimeSeriesParquetWriter(folder.File("timeseries.parquet"), spec, resume: resume));
            outputs.Add(new WorkersParquetWriter(folder.File("workers.parquet"), spec, resume));
            if (request.TaskLog)
                outputs.Add(new TaskEventsParquetWriter(folder.File("tasks.parquet"), spec, resume));
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
