using System.Text;
using static CrowdSim.DocGen.DocNumbers;

namespace CrowdSim.DocGen;

/// <summary>The document's table of what each calibrated scenario produces.</summary>
internal static class ScenarioOutputsSection
{
    public static void WriteTo(StringBuilder text, LiteratureRuns runs)
    {
        text.Append("## What the calibrated scenarios produce\n\n");
        text.Append("Each scenario run once, to its horizon, at its own seed (`crowdsim run scenarios/NAME.yaml` gives the same numbers). ");
        text.Append("Effective wage: median over workers of earnings ÷ all hours given (paid and unpaid); paid-time wage: median of earnings ÷ paid hours. ");
        text.Append("Every number here is an output.\n\n");
        var table = new MarkdownTable("scenario", "days", "workers", "effective USD/h (by region)", "paid-time USD/h", "unpaid share", "labour share", "mean wait (min)", "Gini");
        foreach (var name in LiteratureRuns.Scenarios)
        {
            var s = runs[name].Summary;
            var w = s.WorkerOutcomes;
            var regions = string.Join(", ", runs[name].Spec.Regions.Select(r => $"{r.Id} {F2(s.ByRegion[r.Id].EffectiveHourlyWageMedian)}"));
            table.Row(name, Int(s.Days), Int(s.Workers), $"{F2(w.EffectiveHourlyWageMedian)} ({regions})", F2(w.PaidHourlyWageMedian), Pct0(w.UnpaidShare), Pct0(s.Money.LabourShare), F1(s.Queue.MeanWaitMinutes), F2(w.Gini));
        }
        table.WriteTo(text);
    }
}
