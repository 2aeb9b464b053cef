using System.Globalization;
using System.Text;
using CrowdSim.Experiments;
using static CrowdSim.DocGen.DocNumbers;

namespace CrowdSim.DocGen;

/// <summary>The document's sensitivity analysis: design, elasticities, ranking and the top movers in words.</summary>
internal static class SensitivitySection
{
    private const int TopMovers = 3;

    /// <summary>Elasticities smaller than this are not named as movers.</summary>
    private const double NegligibleElasticity = 0.05;

    public static void WriteTo(StringBuilder text, IReadOnlyList<ExperimentCell> cells, SensitivityResults results)
    {
        var d = SensitivityDesign.Days;
        var r = SensitivityDesign.Replications;
        text.Append("## Sensitivity: which inputs move the headline outputs\n\n");
        text.Append(CultureInfo.InvariantCulture, $"One-at-a-time screening of the baseline scenario shortened to {d} days (`--set days={d}`). Each input below is multiplied by ");
        text.Append(CultureInfo.InvariantCulture, $"{Plain(SensitivityDesign.Down)} and by {Plain(SensitivityDesign.Up)} (equal steps down and up on a log scale), every value it names at once ");
        text.Append(CultureInfo.InvariantCulture, $"(e.g. the median reservation wage of every worker pool), the rest of the scenario unchanged. Each variant runs {r} replications with the ");
        text.Append("seeds `crowdsim` gives replications, the same for every variant (common random numbers), so the differences carry little noise. ");
        text.Append(CultureInfo.InvariantCulture, $"That is {cells.Count} variants × {r} = {cells.Count * r} runs. The variants are built by the experiment machinery ");
        text.Append("(`ExperimentPlanner.Sweep` with `--set` overrides), as `crowdsim sweep` builds them; for example the first variant below is ");
        text.Append(CultureInfo.InvariantCulture, $"`crowdsim run scenarios/baseline.yaml{string.Concat(cells[1].Overrides.Select(o => $" --set {o}"))}`. ");
        text.Append(CultureInfo.InvariantCulture, $"Weekly processes (churn, the adaptation of reservation wages) act only {d / 7} times in {d} days, so their parameters are left out.\n\n");
        text.Append(CultureInfo.InvariantCulture, $"The **elasticity** of an output to an input is (y at ×{Plain(SensitivityDesign.Up)} − y at ×{Plain(SensitivityDesign.Down)}) ÷ ");
        text.Append(CultureInfo.InvariantCulture, $"(y at ×1 × ln({Plain(SensitivityDesign.Up)} ÷ {Plain(SensitivityDesign.Down)})): the relative change of the output per ");
        text.Append("relative change of the input, so 0.5 means a 10% rise in the input raises the output by about 5%. It is computed in each replication ");
        text.Append("and averaged; a value in parentheses is within two standard errors of zero over the replications (not distinguishable from noise). ");
        text.Append("μ* (as in Morris screening) is the mean absolute elasticity over the outputs.\n\n");

        var inputs = new MarkdownTable("input", "source of its baseline values", "values moved", $"e.g. (×{Plain(SensitivityDesign.Down)} / ×{Plain(SensitivityDesign.Up)})");
        var baseSpec = cells[0].Spec;
        foreach (var input in SensitivityInputs.All)
        {
            var values = input.Values(baseSpec).ToArray();
            inputs.Row(input.Name, input.Source, Int(values.Length), $"`{values[0].Path}` {values[0].Value(SensitivityDesign.Down)} / {values[0].Value(SensitivityDesign.Up)}");
        }
        inputs.WriteTo(text);

        text.Append("Baseline values of the outputs (mean of the replications at ×1): ");
        text.Append(string.Join("; ", HeadlineOutput.All.Select(o => $"{o.Label} {F2(results.Of(SensitivityInputs.All[0], o).Base)}")));
        text.Append(".\n\n");

        var ranking = results.Ranking();
        var matrix = new MarkdownTable(["input", .. HeadlineOutput.All.Select(o => o.Short), "μ*"]);
        foreach (var (input, mu) in ranking)
            matrix.Row([input.Name, .. HeadlineOutput.All.Select(o => Cell(results.Of(input, o))), F2(mu)]);
        text.Append("Elasticities, inputs ranked by μ*:\n\n");
        matrix.WriteTo(text);

        text.Append(CultureInfo.InvariantCulture, $"Across all outputs the inputs that matter most are {Join(ranking.Take(TopMovers).Select(x => $"{x.Input.Name} (μ* {F2(x.MeanAbsElasticity)})"))}; ");
        text.Append(CultureInfo.InvariantCulture, $"the least, {Join(ranking.Reverse().Take(2).Reverse().Select(x => $"{x.Input.Name} (μ* {F2(x.MeanAbsElasticity)})"))}.\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Top movers of each output (elasticities of at least {F2(NegligibleElasticity)} in size and distinguishable from noise):\n\n");
        foreach (var output in HeadlineOutput.All)
        {
            var movers = results.RankedFor(output).Where(e => e.Clear && Math.Abs(e.Elasticity) >= NegligibleElasticity).Take(TopMovers).ToArray();
            var words = movers.Length == 0 ? "no input moves it noticeably" : Join(movers.Select(e => $"{e.Input.Name} ({Signed(e.Elasticity)})"));
            text.Append(CultureInfo.InvariantCulture, $"- **{output.Label}** (baseline {F2(results.Of(SensitivityInputs.All[0], output).Base)}): {words}.\n");
        }
        text.Append('\n');
    }

    private static string Cell(SensitivityEffect effect) => effect.Clear ? Signed(effect.Elasticity) : $"({Signed(effect.Elasticity)})";

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToArray();
        return list.Length switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list[..^1]) + " and " + list[^1],
        };
    }
}
