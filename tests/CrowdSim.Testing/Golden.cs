namespace CrowdSim.Testing;

/// <summary>
/// Known answers kept as files under tests/golden/: a result that must not change unless someone
/// decides it should. A test computes its answer and hands it to <see cref="Check"/>, which compares
/// it with the file. A deliberate change rewrites every golden file with one command:
/// <c>CROWDSIM_UPDATE_GOLDEN=1 dotnet test --filter Category=Golden</c> (tools/update-golden),
/// and the commit says why the answers moved.
/// </summary>
public static class Golden
{
    /// <summary>The trait every golden test carries, so that one filter runs them all.</summary>
    public const string Category = "Golden";

    /// <summary>Set to 1 to write the answers instead of checking them.</summary>
    public const string UpdateVariable = "CROWDSIM_UPDATE_GOLDEN";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>The file of answer <paramref name="name"/> ('/'-separated, without extension).</summary>
    public static string PathOf(string name) => RepoRoot.File("tests/golden/" + name + ".txt");

    /// <summary>
    /// Compares <paramref name="actual"/> (lines joined by '\n') with the golden file, or writes it
    /// when <see cref="UpdateVariable"/> is 1. Returns a message describing the difference, or null
    /// when they agree (or the file was written).
    /// </summary>
    public static string? Check(string name, string actual)
    {
        var path = PathOf(name);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
        if (Updating)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            System.IO.File.WriteAllText(path, actual);
            return null;
        }
        if (!System.IO.File.Exists(path))
            return $"no golden answer at tests/golden/{name}.txt; write it with {UpdateVariable}=1 dotnet test --filter Category={Category}";
        var expected = System.IO.File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected == actual)
            return null;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "(end of file)";
            var al = i < a.Length ? a[i] : "(end of output)";
            if (el != al)
                return $"tests/golden/{name}.txt line {i + 1}:\n  expected: {el}\n  actual:   {al}\n" +
                       $"If the change is deliberate: {UpdateVariable}=1 dotnet test --filter Category={Category}, and say why in the commit.";
        }
        return "golden answer differs";
    }
}
