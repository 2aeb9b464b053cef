using CrowdSim.Results;
using CrowdSim.Scenarios;

namespace CrowdSim.Experiments;

/// <summary>Turns command-line requests into experiment cells: a comparison of scenario files, or the grid of a sweep.</summary>
public static class ExperimentPlanner
{
    /// <summary>One cell per file, the first being the baseline; labels are the scenarios' names (made unique).</summary>
    public static IReadOnlyList<ExperimentCell> Compare(IReadOnlyList<string> files, IReadOnlyList<string> overrides)
    {
        var cells = new List<ExperimentCell>();
        foreach (var file in files)
        {
            var spec = ScenarioLoader.LoadFile(file, overrides);
            cells.Add(new ExperimentCell(Unique(FolderNames.Safe(spec.Name), cells), spec, file, overrides));
        }
        return cells;
    }

    /// <summary>
    /// One cell per point of the grid spanned by the file's <c>sweep:</c> axes and the command line's
    /// (<c>--set path=v1,v2,...</c>), in row-major order (the last axis varies fastest).
    /// </summary>
    public static IReadOnlyList<ExperimentCell> Sweep(string file, IReadOnlyList<string> overrides, IReadOnlyList<SweepAxis> commandLineAxes, out ExperimentPlan plan)
    {
        var loaded = ScenarioLoader.LoadExperiment(file, overrides);
        plan = loaded.Plan;
        var axes = loaded.Plan.Sweep.Concat(commandLineAxes).ToArray();
        if (axes.Length == 0)
            throw new ArgumentException("nothing to sweep: give --set path=v1,v2,... or a sweep: block in the file");
        var cells = new List<ExperimentCell>();
        foreach (var point in Grid(axes))
        {
            var pointOverrides = point.Select((value, a) => axes[a].Override(value)).ToArray();
            var label = string.Join("_", point.Select((value, a) => $"{LastSegment(axes[a].Path)}={axes[a].Values[value]}"));
            var spec = ScenarioLoader.LoadVariant(file, [.. overrides, .. pointOverrides]);
            cells.Add(new ExperimentCell(Unique(FolderNames.Safe(label), cells), spec, file, [.. overrides, .. pointOverrides]));
        }
        return cells;
    }

    /// <summary>Splits a command-line sweep axis <c>path=v1,v2,...</c>.</summary>
    public static SweepAxis ParseAxis(string text)
    {
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || eq == text.Length - 1)
            throw new ArgumentException($"expected path=v1,v2,... but got '{text}'");
        return new SweepAxis(text[..eq], text[(eq + 1)..].Split(',').Select(v => v.Trim()).ToArray());
    }

    private static IEnumerable<int[]> Grid(SweepAxis[] axes)
    {
        var index = new int[axes.Length];
        while (true)
        {
            yield return (int[])index.Clone();
            var a = axes.Length - 1;
            while (a >= 0 && ++index[a] == axes[a].Values.Count)
                index[a--] = 0;
            if (a < 0)
                yield break;
        }
    }

    private static string LastSegment(string path) => path[(path.LastIndexOf('.') + 1)..];

    private static string Unique(string label, IReadOnlyList<ExperimentCell> existing)
    {
        var candidate = label;
        for (var n = 2; existing.Any(c => c.Label == candidate); n++)
            candidate = $"{label}-{n}";
        return candidate;
    }
}
