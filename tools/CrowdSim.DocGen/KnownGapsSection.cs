using System.Text;
using CrowdSim.Model.Scenario;

namespace CrowdSim.DocGen;

/// <summary>The document's closing list of what the comparison shows the model does not capture.</summary>
internal static class KnownGapsSection
{
    public static void WriteTo(StringBuilder text, IReadOnlyList<CalibrationFigure> figures, LiteratureRuns runs)
    {
        var outside = LiteratureSection.Rows(figures, runs).Where(r => r.Side is { } s && s != RangeSide.Within).ToArray();
        text.Append("## Known gaps\n\n");
        text.Append(outside.Length == 0
            ? "Every numeric comparison lies within its published range.\n\n"
            : $"Comparisons outside their published range: {string.Join(", ", outside.Select(r => $"`{r.Figure.Id}` ({LiteratureSection.SideName(r.Side!.Value)})"))}. They, and the rest of the table, point at these limits of the model:\n\n");
        text.Append($"""
            - **Working time is too regular.** Sessions are exponential with a mean of a few hours and end
              at bedtime; each region has one time zone and one sleep window (give or take an hour). So the
              model has no 36-hour stretches, and its mix of workers by hour of the day swings further than
              the real platform's.
            - **Workers are too alike.** Every worker of a pool draws from the same moderate distributions,
              and nobody works full-time for years, so tasks per worker are less unequal than on MTurk.
            - **The requester side is assumed.** The spread of requesters' volumes, its correlation with pay
              and the number of requesters per worker are assumptions, and the top of a population scaled
              down cannot be compared with the full platform's; dollars come out less concentrated
              than the published figure.
            - **Prices are split by assumption.** Public price grids say what a task costs a buyer, not how
              the price divides between vendor, platform and worker; labour shares and vendor margins
              follow from that split. Batch fee tiers, several workers per object and instructions read
              before work are not modelled.
            - **Automation is counted at face value.** An automated label costs {DocNumbers.Plain(ModelDefaults.AutomatedLabelCostUsd)} USD and counts as done,
              whatever its quality, so savings from automation are overstated against studies that compare
              at equal quality.
            - **One estimate of reservation wages serves everyone.** The 2009 MTurk median and elasticity
              set the marketplace pools; managed-crowd pools put their median at the local minimum wage, an
              assumption with no published figure behind it.
            - **The behaviour rules of issue 15 rest on assumptions.** How many workers satisfice, what a
              second search costs, which requesters let only some regions see their work, how many
              approvals workers bring, how fast reservation wages and checking habits adapt, how a vendor
              weighs supply against backlog, and how fast workers answer a push are assumptions
              (docs/MODEL.md); the stylised facts above say which patterns they produce, not that their
              strengths are right.
            - **The sensitivity analysis is local.** Inputs are moved one at a time around one point of one
              scenario over {SensitivityDesign.Days} days; interactions between inputs, long-run effects (churn, adaptation) and
              the other scenarios are not covered.

            """.Replace("\r", "", StringComparison.Ordinal));
    }
}
