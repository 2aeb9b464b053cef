using CrowdSim.Experiments;
using Spectre.Console;

namespace CrowdSim.Cli.Terminal;

/// <summary>Shows an experiment's progress: runs done, simulated time and ETA on a terminal; a plain line per finished run when output is redirected.</summary>
public static class ExperimentProgressDisplay
{
    public static async Task<T> RunAsync<T>(IAnsiConsole console, bool quiet, string title, Func<IProgress<ExperimentProgress>, Task<T>> run)
    {
        if (quiet)
            return await run(new Progress<ExperimentProgress>(_ => { }));
        if (!console.Profile.Capabilities.Interactive)
            return await run(new PlainProgress(console, title));

        var result = default(T);
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: 1.0);
                var gate = new object();
                result = await run(new SynchronousProgress(p =>
                {
                    lock (gate)
                    {
                        task.Value = p.SimulatedDaysTotal == 0 ? 1.0 : Math.Min(1.0, p.SimulatedDaysDone / p.SimulatedDaysTotal);
                        task.Description = Markup.Escape($"{title} — runs {p.RunsDone}/{p.RunsTotal}, {p.SimulatedDaysDone:N0} of {p.SimulatedDaysTotal:N0} simulated days");
                    }
                }));
            });
        return result!;
    }

    private sealed class SynchronousProgress(Action<ExperimentProgress> report) : IProgress<ExperimentProgress>
    {
        public void Report(ExperimentProgress value) => report(value);
    }

    private sealed class PlainProgress(IAnsiConsole console, string title) : IProgress<ExperimentProgress>
    {
        private readonly object _gate = new();
        private int _reported = -1;

        public void Report(ExperimentProgress value)
        {
            lock (_gate)
            {
                if (value.RunsDone == _reported)
                    return;
                _reported = value.RunsDone;
                console.WriteLine($"{title}: {value.RunsDone}/{value.RunsTotal} runs done ({value.SimulatedDaysDone:N0} of {value.SimulatedDaysTotal:N0} simulated days)");
            }
        }
    }
}
