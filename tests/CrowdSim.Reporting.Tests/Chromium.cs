using System.Diagnostics;

namespace CrowdSim.Reporting.Tests;

/// <summary>
/// Headless Chromium, as Debian installs it, run once per call in a throw-away profile with
/// everything that would reach the network turned off, and killed if it overruns its time.
/// </summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);

    public static bool Installed => File.Exists(Path);

    /// <summary>
    /// Loads the page in a window of the given size, lets its scripts run, saves a screenshot and
    /// returns the DOM as the scripts left it (one browser start for both: it takes seconds).
    /// </summary>
    public static string Open(string page, string screenshot, int width, int height) =>
        Run(["--virtual-time-budget=5000", $"--window-size={width},{height}", $"--screenshot={screenshot}", "--dump-dom", new Uri(page).AbsoluteUri]);

    private static string Run(IEnumerable<string> arguments)
    {
        var profile = TempFolders.New("chromium-profile");
        Directory.CreateDirectory(profile);
        try
        {
            var start = new ProcessStartInfo(Path)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}",
            }.Concat(arguments))
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish within {Timeout.TotalSeconds} s");
            }
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"chromium exited with {process.ExitCode}: {errors.Result}");
            return output.Result;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
