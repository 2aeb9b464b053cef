using System.Text;
using CrowdSim.Experiments;
using CrowdSim.Model.Metrics;
using CrowdSim.Scenarios;

namespace CrowdSim.DocGen;

/// <summary>
/// Generates docs/VALIDATION.md: runs the calibrated scenarios, the stylised facts' comparisons and the sensitivity design, and
/// renders the document. The text depends only on the code, the scenarios and figures.csv: no
/// times, no machine, invariant number formats, fixed order.
/// </summary>
internal static class ValidationDocument
{
    /// <summary>The document's place in the repository.</summary>
    public const string RelativePath = "docs/VALIDATION.md";

    /// <summary>The command, run from the repository's root, that regenerates the document.</summary>
    public const string RegenerateCommand = "dotnet run -c Release --project tools/CrowdSim.DocGen";

    /// <summary>Runs everything the document reports and renders it.</summary>
    public static string Generate()
    {
        var figures = CalibrationFigures.Load();
        var literatureSpecs = LiteratureRuns.Scenarios.Select(s => ScenarioLoader.LoadFile(LiteratureRuns.File(s))).ToArray();
        var cells = SensitivityDesign.Cells();
        var baseSeed = cells[0].Spec.Seed;
        var sensitivitySpecs = cells.SelectMany(c => Enumerable.Range(0, SensitivityDesign.Replications).Select(k => SensitivityDesign.Replication(c, baseSeed, k)));

        var facts = StylisedFacts.All(figures);
        var factSpecs = FactRuns.SpecsOf(facts);

        var runs = ScenarioRunner.RunAll([.. literatureSpecs, .. sensitivitySpecs, .. factSpecs]);

        var literature = new LiteratureRuns(LiteratureRuns.Scenarios.Select((s, i) => (s, runs[i])).ToDictionary(x => x.s, x => x.Item2, StringComparer.Ordinal));
        var summaries = cells.Select((_, c) => (IReadOnlyList<RunSummary>)Enumerable.Range(0, SensitivityDesign.Replications)
                .Select(k => runs[literatureSpecs.Length + (c * SensitivityDesign.Replications) + k].Summary).ToArray())
            .ToArray();
        var factRuns = new FactRuns(factSpecs, runs[^factSpecs.Count..]);
        return Render(figures, literature, facts, factRuns, cells, SensitivityResults.From(summaries));
    }

    private static string Render(
        IReadOnlyList<CalibrationFigure> figures,
        LiteratureRuns literature,
        IReadOnlyList<StylisedFact> facts,
        FactRuns factRuns,
        IReadOnlyList<ExperimentCell> cells,
        SensitivityResults sensitivity)
    {
        var text = new StringBuilder();
        StaticSections.WriteIntroduction(text);
        StaticSections.WriteQueueing(text);
        StaticSections.WriteInvariants(text);
        ScenarioOutputsSection.WriteTo(text, literature);
        LiteratureSection.WriteTo(text, figures, literature);
        StylisedFactsSection.WriteTo(text, facts, factRuns);
        SensitivitySection.WriteTo(text, cells, sensitivity);
        KnownGapsSection.WriteTo(text, figures, literature);
        return text.ToString().TrimEnd('\n') + "\n";
    }
}
