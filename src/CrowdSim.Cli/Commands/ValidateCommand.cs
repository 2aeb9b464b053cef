using CrowdSim.Scenarios;
using Spectre.Console;

namespace CrowdSim.Cli.Commands;

/// <summary><c>crowdsim validate FILE... [--set PATH=VALUE]...</c>: checks scenario files, with any overrides applied to each, without running them.</summary>
public static class ValidateCommand
{
    public const string Usage = "crowdsim validate FILE... [--set PATH=VALUE]...";

    public static int Execute(Arguments args, IAnsiConsole console)
    {
        var overrides = args.Texts("set");
        args.RejectUnknown();
        if (args.Positional.Count == 0)
            throw new UsageException($"validate needs at least one scenario file: {Usage}");
        var failed = 0;
        foreach (var file in args.Positional)
        {
            try
            {
                var spec = ScenarioLoader.LoadFile(file, overrides);
                console.MarkupLineInterpolated($"[green]ok[/] {file}: {spec.Name}, {spec.Days} days, {spec.WorkerCount:N0} workers, {spec.Events.Count} events");
            }
            catch (ScenarioException e)
            {
                failed++;
                foreach (var error in e.Errors)
                    Console.Error.WriteLine(error.ToString());
            }
        }
        return failed == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }
}
