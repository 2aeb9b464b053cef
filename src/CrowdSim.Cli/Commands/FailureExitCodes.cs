using CrowdSim.Runs.Checkpoints;
using CrowdSim.Runs.Hosting;
using CrowdSim.Runs.Output;
using CrowdSim.Scenarios;

namespace CrowdSim.Cli.Commands;

/// <summary>
/// The one place that turns what stopped a command into its exit code and its message on
/// standard error: the user's input (<see cref="ExitCodes.BadInput"/>) or anything else
/// (<see cref="ExitCodes.Failure"/>).
/// </summary>
public static class FailureExitCodes
{
    /// <summary>Writes what went wrong to <paramref name="error"/> and returns the exit code.</summary>
    public static int Report(Exception exception, TextWriter error)
    {
        switch (exception)
        {
            case ScenarioException e:
                // One line per problem, file:line:column: message, like a compiler.
                foreach (var problem in e.Errors)
                    error.WriteLine(problem.ToString());
                return ExitCodes.BadInput;
            case UsageException or OutputFolderException or CheckpointException:
                error.WriteLine($"crowdsim: {exception.Message}");
                return ExitCodes.BadInput;
            case ClusterUnavailableException or OutputWriteException:
                error.WriteLine($"crowdsim: {exception.Message}");
                return ExitCodes.Failure;
            case IOException or UnauthorizedAccessException:
                // The machine's, not the user's (a full disk, a folder not writable): .NET's message names the path.
                error.WriteLine($"crowdsim: {exception.Message}");
                return ExitCodes.Failure;
            case SiloLostException:
                error.WriteLine($"crowdsim: {exception.Message}; there was no checkpoint to go back to (see --checkpoint-every), so the run stopped");
                return ExitCodes.Failure;
            case CommandStoppedException:
                error.WriteLine($"crowdsim: {exception.Message}");
                return ExitCodes.Failure;
            case OperationCanceledException:
                error.WriteLine("crowdsim: cancelled; no results were written");
                return ExitCodes.Failure;
            default:
                error.WriteLine($"crowdsim: failed: {exception}");
                return ExitCodes.Failure;
        }
    }
}
