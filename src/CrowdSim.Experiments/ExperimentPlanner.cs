using CrowdSim.Results;
using CrowdSim.Scenarios;

namespace CrowdSim.Experiments;

/// <summary>Turns command-line requests into experiment cells: a comparison of scenario files, or the grid of a sweep.</summary>
public static class ExperimentPlanner
{
    /// <summary>
    /// One cell per file, the first being the baseline; labels are the scenarios' names (made unique).
    /// The design's replications are <paramref name="replications"/> when given, else those the files
    /// ask for (<c>replications:</c>), which must then agree; null when neither says.
    /// </summary>
    /// <exception cref="ScenarioException">A file, or the options, give an invalid scenario.</exception>
    /// <exception cref="ArgumentException">No replications are given and the files ask for different numbers.</exception>
    public static ExperimentDesign Compare(IReadOnlyList<string> files, ScenarioLoadOptions options, int? replications = null)
    {
        var cells = new List<ExperimentCell>();
        var notes = new List<ScenarioNote>();
        var asked = new List<(string File, int Replications)>();
        foreach (var file in files)
        {
            var loaded = ScenarioLoader.LoadExperiment(file, options);
            cells.Add(new ExperimentCell(Unique(FolderNames.Safe(loaded.Spec.Name), cells), loaded.Spec, file, options.Overrides) { ScenarioRoot = options.ScenarioRoot });
            notes.AddRange(loaded.Notes);
            if (loaded.Plan.ReplicationsGiven)
                asked.Add((file, loaded.Plan.Replications));
        }
        if (replications is null && asked.Select(a => a.Replications).Distinct().Count() > 1)
        {
            var each = string.Join(", ", asked.Select(a => $"{a.File} {a.Replications}"));
            throw new ArgumentException($"the files ask for different numbers of replications ({each}); give --replications R");
        }
        return new ExperimentDesign(cells, replications ?? (asked.Count > 0 ? asked[0].Replications : null), [.. notes.Distinct()]);
    }

    /// <summary>
    /// One cell per point of the grid spanned by the file's <c>sweep:</c> axes and the command line's
    /// (<c>--set path=v1,v2,...</c>), in row-major order (the last axis varies fastest). A point's
    /// values are applied after the options' changes, so a swept <c>days</c> wins over <c>--days</c>.
    /// </summary>
    /// <exception cref="ScenarioException">The file, the options or a point give an invalid scenario.</exception>
    /// <exception cref="ArgumentException">There is nothing to sweep.</exception>
    public static ExperimentDesign Sweep(string file, ScenarioLoadOptions options, IReadOnlyList<SweepAxis> commandLineAxes)
    {
        var loaded = ScenarioLoader.LoadExperiment(file, options);
        var axes = loaded.Plan.Sweep.Concat(commandLineAxes).ToArray();
        if (axes.Length == 0)
            throw new ArgumentException("nothing to sweep: give --set path=v1,v2,... or a sweep: block in the file");
        var cells = new List<ExperimentCell>();
        var notes = new List<ScenarioNote>();
        foreach (var point in Grid(axes))
        {
            string[] pointOverrides = [.. point.Select((value, a) => axes[a].Override(value))];
            var label = string.Join("_", point.Select((value, a) => $"{LastSegment(axes[a].Path)}={axes[a].Values[value]}"));
            var variant = ScenarioLoader.LoadVariant(file, options, pointOverrides);
            cells.Add(new ExperimentCell(Unique(FolderNames.Safe(label), cells), variant.Spec, file, [.. options.Overrides, .. pointOverrides]) { ScenarioRoot = options.ScenarioRoot });
            notes.AddRange(variant.Notes);
        }
        return new ExperimentDesign(cells, loaded.Plan.ReplicationsGiven ? loaded.Plan.Replications : null, [.. notes.Distinct()]);
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
