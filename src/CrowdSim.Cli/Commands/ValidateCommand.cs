using System.CommandLine;
using CrowdSim.Scenarios;
using Spectre.Console;

namespace CrowdSim.Cli.Commands;

/// <summary>
/// <c>crowdsim validate FILE... [--set PATH=VALUE]... [--days N]</c>: checks scenario files, with the
/// command line's changes applied to each, without running them: exactly the checks <c>run</c> makes.
/// </summary>
internal sealed class ValidateCommand : Command
{
    private readonly CommandConsole _console;

    public ValidateCommand(CommandConsole console)
        : base("validate", "Check scenario files without running them; every problem is reported as file:line:column: message.")
    {
        _console = console;
        Add(Files);
        foreach (var option in new Option[] { Set, Days, ScenarioRoot })
            Add(option);
        SetAction(Execute);
    }

    public Argument<string[]> Files { get; } = new("FILE")
    {
        Description = "One or more scenario files to check.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string[]> Set { get; } = CliOptions.Set("Change one value of every file before checking it.");

    public Option<int?> Days { get; } = CliOptions.Days();

    public Option<string?> ScenarioRoot { get; } = CliOptions.ScenarioRoot();

    private int Execute(ParseResult parse)
    {
        var options = CliOptions.LoadOptions(parse, Set, Days, ScenarioRoot);
        var failed = 0;
        foreach (var file in parse.GetValue(Files)!)
        {
            try
            {
                var loaded = ScenarioLoader.LoadExperiment(file, options);
                ScenarioNotes.Print(_console.Error, loaded.Notes);
                var spec = loaded.Spec;
                _console.Ansi.MarkupLineInterpolated($"[green]ok[/] {file}: {spec.Name}, {spec.Days} days, {spec.WorkerCount:N0} workers, {spec.Events.Count} events");
            }
            catch (ScenarioException e)
            {
                failed++;
                foreach (var error in e.Errors)
                    _console.Error.WriteLine(error.ToString());
            }
        }
        return failed == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }
}
