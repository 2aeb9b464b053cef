using CrowdSim.Runs;
using Spectre.Console;

namespace CrowdSim.Cli.Terminal;

/// <summary>Shows a run's progress: a live bar on a terminal, a plain line every 10% when output is redirected.</summary>
public static class ProgressDisplay
{
    public static async Task<RunResult> RunAsync(IAnsiConsole console, bool quiet, string title, Func<IProgress<RunProgress>, Task<RunResult>> run)
    {
        if (quiet)
            return await run(new SynchronousProgress(p => Notify(console, p)));
        if (!console.Profile.Capabilities.Interactive)
            return await run(new PlainProgress(console, title));

        RunResult? result = null;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: 1.0);
                result = await run(new SynchronousProgress(p =>
                {
                    Notify(console, p);
                    task.Value = p.TicksTotal == 0 ? 1.0 : p.TicksDone / (double)p.TicksTotal;
                    task.Description = Markup.Escape($"{title} — day {p.SimulatedDays:F1}");
                }));
            });
        return result!;
    }

    // Notices (a lost silo, a resume) are printed whatever the display: they change what the run did.
    private static void Notify(IAnsiConsole console, RunProgress progress)
    {
        if (progress.Notice is { } notice)
            console.MarkupLine($"[yellow]{Markup.Escape(notice)}[/]");
    }

    /// <summary>Reports on the caller's thread, so the display and the run never race.</summary>
    private sealed class SynchronousProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }

    private sealed class PlainProgress(IAnsiConsole console, string title) : IProgress<RunProgress>
    {
        private int _lastDecile = -1;

        public void Report(RunProgress value)
        {
            Notify(console, value);
            var decile = value.TicksTotal == 0 ? 10 : value.TicksDone * 10 / value.TicksTotal;
            if (decile == _lastDecile)
                return;
            _lastDecile = decile;
            console.WriteLine($"{title}: {decile * 10}% (day {value.SimulatedDays:F1}, tick {value.TicksDone}/{value.TicksTotal})");
        }
    }
}
