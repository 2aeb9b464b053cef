namespace CrowdSim.Cli;

/// <summary>Process exit codes.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Anything that is not the user's input: a bug, a crash, a cancelled run.</summary>
    public const int Failure = 1;

    /// <summary>Bad input: missing or invalid scenario, bad arguments, unusable output folder.</summary>
    public const int BadInput = 2;
}
