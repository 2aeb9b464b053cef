using System.CommandLine;
using System.CommandLine.Invocation;

namespace CrowdSim.Cli.Commands;

/// <summary><c>crowdsim --version</c>: the version alone (0.1.0), without the commit System.CommandLine's own version option appends.</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public static string Version { get; } = typeof(ExitCodes).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return ExitCodes.Success;
    }
}
