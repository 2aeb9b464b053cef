using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Binding;
using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios;

/// <summary>
/// Turns a YAML scenario file into a validated, immutable <see cref="ScenarioSpec"/>.
/// Every problem found is reported at once, each with its line and column, through a
/// <see cref="ScenarioException"/>.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Largest scenario file accepted, in bytes (10 MB).</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>Reads and validates the scenario file at <paramref name="path"/>.</summary>
    /// <exception cref="ScenarioException">The file is missing, unreadable or invalid.</exception>
    public static ScenarioSpec LoadFile(string path)
    {
        var errors = new ErrorLog(path);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            errors.AddFileLevel("file not found");
        }
        else if (file.Length > MaxFileBytes)
        {
            errors.AddFileLevel(TooLarge(file.Length));
        }
        else
        {
            try
            {
                return LoadText(File.ReadAllText(path), path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.AddFileLevel($"could not read the file: {e.Message}");
            }
        }
        throw errors.ToException();
    }

    /// <summary>Validates scenario text; <paramref name="fileName"/> is only used in error messages.</summary>
    /// <exception cref="ScenarioException">The text is not a valid scenario.</exception>
    public static ScenarioSpec LoadText(string yaml, string fileName)
    {
        var errors = new ErrorLog(fileName);
        var bytes = System.Text.Encoding.UTF8.GetByteCount(yaml);
        if (bytes > MaxFileBytes)
        {
            errors.AddFileLevel(TooLarge(bytes));
            throw errors.ToException();
        }

        var root = YamlDocumentLoader.Load(yaml, errors);
        if (root is null)
            throw errors.ToException();

        var spec = ScenarioBinder.Bind(root, errors);
        if (errors.HasErrors)
            throw errors.ToException();
        return spec;
    }

    private static string TooLarge(long bytes) =>
        FormattableString.Invariant($"the file is {bytes:N0} bytes; scenario files are limited to 10 MB ({MaxFileBytes:N0} bytes)");
}
