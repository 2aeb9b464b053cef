namespace CrowdSim.Scenarios.Reading;

/// <summary>Reads a scenario file's text, refusing files too large to be a scenario.</summary>
internal static class ScenarioFile
{
    /// <summary>Largest scenario file accepted, in bytes (10 MB).</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>The file's text, or null with <paramref name="problem"/> saying why it cannot be had.</summary>
    public static string? Read(string path, out string problem)
    {
        problem = "";
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists)
                problem = "file not found";
            else if (file.Length > MaxBytes)
                problem = TooLarge(file.Length);
            else
                return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = $"could not read the file: {e.Message}";
        }
        return null;
    }

    public static string TooLarge(long bytes) =>
        FormattableString.Invariant($"the file is {bytes:N0} bytes; scenario files are limited to 10 MB ({MaxBytes:N0} bytes)");
}
