using CrowdSim.Model.Scenario;
using static CrowdSim.DocGen.DocNumbers;

namespace CrowdSim.DocGen;

/// <summary>Figures about automated labelling, compared with automation-wave.</summary>
internal static partial class FigureAssessments
{
    private const string Wave = "automation-wave";

    private static IEnumerable<FigureAssessment> Automation()
    {
        yield return new("active_learning_cut", FigureRole.Input, [Wave],
            r => $"automated share of bounding boxes ramps to {Pct0(ShockShare(r[Wave]))}; {Pct(r[Wave].Summary.Tasks.Automated / (double)r[Wave].Summary.Tasks.Created)} of all tasks created over the run were automated",
            "The share is reached at the end of a 90-day ramp, so less is automated over the run as a whole. The source gives an upper bound for AWS's own active learning; applying it to a lab's whole bounding-box stream is an assumption.");
        yield return new("llm_cost_per_label", FigureRole.Input, [Wave],
            r => $"{F2(ModelDefaults.AutomatedLabelCostUsd * 1000)} USD per 1,000 labels; savings {Int(decimal.ToDouble(r[Wave].Summary.Money.AutomationSavings))} USD over {Int(r[Wave].Summary.Tasks.Automated)} automated tasks",
            "The cost of an LLM label for text classification is applied to bounding boxes, for which it is probably optimistic; label quality is not modelled (an automated label counts as done).");
        yield return new("gpt3_label_saving", FigureRole.Emergent, [Wave],
            r => $"saving per automated task {Pct(SavingShare(r[Wave]))} of its price",
            "The model's saving is the price of a crowd task less the cost of a machine label, one for one. The source compares at equal downstream performance, which needs more (noisier) machine labels and some human ones; because the model ignores label quality, it overstates the saving.",
            new FigureCheck("Saving (share of the price)", r => SavingShare(r[Wave]), RangeSide.Above));
    }

    private static double ShockShare(ScenarioRun run) =>
        run.Spec.Events.OfType<AutomationShock>().Select(s => s.Share).DefaultIfEmpty(0).Max();

    /// <summary>What labs saved on automated tasks ÷ what those tasks would have cost (savings + the automated labels' cost).</summary>
    private static double SavingShare(ScenarioRun run)
    {
        var savings = decimal.ToDouble(run.Summary.Money.AutomationSavings);
        var labelCost = run.Summary.Tasks.Automated * ModelDefaults.AutomatedLabelCostUsd;
        return savings + labelCost == 0 ? 0 : savings / (savings + labelCost);
    }
}
