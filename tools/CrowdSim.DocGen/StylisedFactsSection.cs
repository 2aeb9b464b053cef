using System.Globalization;
using System.Text;

namespace CrowdSim.DocGen;

/// <summary>The document's stylised facts: for each mechanism, the pattern it should produce and whether it does, over replications.</summary>
internal static class StylisedFactsSection
{
    public static void WriteTo(StringBuilder text, IReadOnlyList<StylisedFact> facts, FactRuns runs)
    {
        text.Append("## Stylised facts: what emerges\n\n");
        text.Append("Each mechanism added for issue 15 is meant to produce a pattern the literature reports. Here each pattern is measured in the bundled scenario ");
        text.Append("with the mechanism on and in a contrast with it off (the scenario changed in code, as each part says), over replications with the seeds ");
        text.Append("`crowdsim run --replications` gives (replication 0 is the scenario's own seed; both sides use the same seeds), as mean and 95% t interval ");
        text.Append(CultureInfo.InvariantCulture, $"[low, high]: {StylisedFacts.Replications} replications of each side for the month-long scenarios, {StylisedFacts.LongReplications} for the three-year one. ");
        text.Append("The published figures here are **outcomes** the model is compared with: none of them sets a parameter of the runs compared (the inputs are ");
        text.Append("the rows marked input in the table above). Every verdict is generated from the numbers: a measure **emerges** when its interval with the ");
        text.Append("mechanism excludes the mean without it and lies on the side of it where the published figure is (for a figure that gives a direction ");
        text.Append("only, the side it states), and also beyond the value the fact itself names, where it names one (1 for a gap, a fall, an inelastic ");
        text.Append("supply); **partly** when the mean moves that way but not all of that holds; otherwise it **does not emerge** (also when the value ");
        text.Append("without the mechanism already lies in the published range). A fact emerges when all its ");
        text.Append("measures with a published figure do, partly when some move, and does not emerge when none does. Whether the model also reaches the ");
        text.Append("published figure is said separately; rows without a published figure are shown for context.\n\n");

        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            var comparisons = fact.Measures.Select(runs.Compare).ToArray();
            text.Append(CultureInfo.InvariantCulture, $"### {i + 1}. {fact.Title}\n\n");
            text.Append(fact.Text).Append("\n\n");
            var first = fact.Measures[0];
            var table = new MarkdownTable("measure", $"with the mechanism: {first.With.Name}", $"without (contrast): {first.Without.Name}", "published (outcome)", "verdict");
            foreach (var c in comparisons)
            {
                var m = c.Measure;
                table.Row(
                    m.With == first.With && m.Without == first.Without ? m.Label : $"{m.Label} ({m.With.Name} vs {m.Without.Name})",
                    FactVerdicts.MeanAndInterval(c.With, m.Format),
                    FactVerdicts.MeanAndInterval(c.Without, m.Format),
                    m.Target?.Text ?? "—",
                    c.Verdict is { } v ? FactVerdicts.Word(v) : "—");
            }
            table.WriteTo(text);
            var judged = comparisons.Where(c => c.Verdict is not null).ToArray();
            var verdict = FactVerdicts.Combine(judged.Select(c => c.Verdict!.Value).ToArray());
            text.Append(CultureInfo.InvariantCulture, $"**Verdict: {FactVerdicts.Word(verdict)}.** ");
            text.Append(string.Join(" ", judged.Select(FactVerdicts.Sentence)));
            if (fact.Note?.Invoke(comparisons) is { } note)
                text.Append(' ').Append(note);
            text.Append("\n\n");
        }
    }
}
