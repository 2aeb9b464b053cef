using System.Diagnostics;

namespace CrowdSim.Integration.Tests;

/// <summary>Runs the built <c>crowdsim</c> command as a separate process, as a user would.</summary>
internal static class CliProcess
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static async Task<Outcome> RunAsync(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        return await WaitAsync(process);
    }

    /// <summary>The built command, as <c>dotnet</c> runs it.</summary>
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "crowdsim.dll");

    /// <summary>
    /// Runs <paramref name="script"/> in a POSIX shell in which <c>crowdsim</c> is the built command,
    /// as it is once the .NET tool is installed: a command line copied from a manifest runs as printed.
    /// </summary>
    public static async Task<Outcome> RunInShellAsync(string workingDirectory, string script)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"crowdsim() {{ dotnet '{Dll.Replace("'", "'\\''", StringComparison.Ordinal)}' \"$@\"; }}\n{script}");
        using var process = Process.Start(start)!;
        return await WaitAsync(process);
    }

    /// <summary>Starts the command without waiting for it (to kill it part-way, say); finish with <see cref="WaitAsync"/>.</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }

    /// <summary>Waits (at most 3 minutes) for a started command, and collects its output.</summary>
    public static async Task<Outcome> WaitAsync(Process process)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await stdout, await stderr);
    }
}
