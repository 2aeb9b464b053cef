namespace CrowdSim.DocGen;

/// <summary>Explains how a checked-in generated document differs from what the code produces, and how to regenerate it.</summary>
internal static class DocumentDiff
{
    public static string Describe(string? existing, string generated, string relativePath, string regenerateCommand)
    {
        var regenerate = $"Regenerate it with: {regenerateCommand} (and review the diff).";
        if (existing is null)
            return $"{relativePath} does not exist. {regenerate}";
        var old = existing.Split('\n');
        var now = generated.Split('\n');
        for (var i = 0; i < Math.Max(old.Length, now.Length); i++)
        {
            var a = i < old.Length ? old[i] : "(end of file)";
            var b = i < now.Length ? now[i] : "(end of file)";
            if (a != b)
                return $"{relativePath} is out of date: line {i + 1} differs.\n  in the file: {a}\n  generated:   {b}\n{regenerate}";
        }
        return $"{relativePath} is out of date. {regenerate}";
    }
}
