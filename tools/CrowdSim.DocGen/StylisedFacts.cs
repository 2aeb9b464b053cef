using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios;

namespace CrowdSim.DocGen;

/// <summary>
/// The stylised facts of the validation document, in order: each mechanism of issue 15, the pattern it
/// is meant to produce, and the runs that show whether it does.
/// </summary>
internal static class StylisedFacts
{
    /// <summary>Replications of each side of a comparison in the month-long scenarios.</summary>
    public const int Replications = 5;

    /// <summary>Replications of each side of the three-year scenario (a run takes about as long as ten of a month).</summary>
    public const int LongReplications = 3;

    /// <summary>Every fact, built from the bundled scenarios as loaded.</summary>
    public static IReadOnlyList<StylisedFact> All(IReadOnlyList<CalibrationFigure> figures)
    {
        var mturk = Load("mturk-2015");
        // Facts 2 and 3 compare against the same runs of mturk-2015 (the same specs, so they run once).
        var mturkReplications = FactScenarios.Replicate(mturk, Replications);
        return
        [
            MonopsonyFact.Build(mturk, Replications),
            TopTailFact.Build(mturk, mturkReplications, Replications),
            RegionalGapFact.Build(mturk, mturkReplications, Replications),
            ResponsivePayFact.Build(Load(ResponsivePayFact.Scenario), figures, LongReplications),
            NotificationsFact.Build(Load("baseline"), Load("notifications"), Replications),
        ];
    }

    private static ScenarioSpec Load(string scenario) => ScenarioLoader.LoadFile(LiteratureRuns.File(scenario));
}
