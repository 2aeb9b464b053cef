using System.Globalization;
using System.Text;

namespace CrowdSim.DocGen;

/// <summary>The document's table of published figures next to the model.</summary>
internal static class LiteratureSection
{
    /// <summary>Order of the table: what can be compared first.</summary>
    private static readonly FigureRole[] RoleOrder = [FigureRole.Emergent, FigureRole.Input, FigureRole.NotUsed, FigureRole.NotModelled];

    public static void WriteTo(StringBuilder text, IReadOnlyList<CalibrationFigure> figures, LiteratureRuns runs)
    {
        var rows = Rows(figures, runs);
        text.Append("## Published figures and the model\n\n");
        text.Append("Every row of the calibration table, [`data/calibration/figures.csv`](../data/calibration/figures.csv) (each with its source), ");
        text.Append("with what the model does with it. **Input**: a default or a scenario value is set from the figure, so agreement is by construction ");
        text.Append("and the model column shows the value used (and, where it can differ, what the run realised). **Emergent**: the model produces a comparable ");
        text.Append("number without being set from the figure; it was not tuned to match. **Not used**: the model has the parameter but the scenarios set it ");
        text.Append("without this figure. **Not modelled**: the model has nothing comparable. \"(secondary)\" marks a figure read in a secondary report of its source. ");
        text.Append("The sentences on gaps and causes are written by hand; every number in the model column comes from the runs or from the scenarios as loaded. ");
        text.Append("Where a sentence rests on a comparison with a number, the comparison is stated in bold; if a change to the model moved it to the other side ");
        text.Append("of the published range, the document could not be regenerated until the sentence was revisited.\n\n");
        text.Append(string.Join(", ", RoleOrder.Select(role => $"{rows.Count(r => r.Assessment.Role == role)} {RoleName(role)}")));
        text.Append(CultureInfo.InvariantCulture, $" ({rows.Count} figures).\n\n");

        var table = new MarkdownTable("figure", "quantity", "published", "source", "role", "scenario", "model", "gap and likely cause");
        foreach (var (figure, assessment, model, side) in rows)
        {
            var verdict = side is { } s ? Verdict(assessment.Check!, figure, s) + " " : "";
            table.Row(
                $"`{figure.Id}`",
                figure.Quantity,
                figure.ValueWithUnit,
                Source(figure),
                RoleName(assessment.Role),
                assessment.Scenarios.Count == 0 ? "—" : assessment.Scenarios.Count == LiteratureRuns.Scenarios.Count ? "all" : string.Join(", ", assessment.Scenarios),
                model,
                verdict + assessment.Gap);
        }
        table.WriteTo(text);
    }

    /// <summary>The table's rows in order: role, then figures.csv order. Fails when a figure and the assessments disagree, or a comparison moved to another side of its range.</summary>
    public static IReadOnlyList<(CalibrationFigure Figure, FigureAssessment Assessment, string Model, RangeSide? Side)> Rows(IReadOnlyList<CalibrationFigure> figures, LiteratureRuns runs)
    {
        var problems = new List<string>();
        var ids = figures.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(figures.Where(f => !FigureAssessments.All.Any(a => a.Id == f.Id)).Select(f => $"figure '{f.Id}' has no assessment in FigureAssessments"));
        problems.AddRange(FigureAssessments.All.Where(a => !ids.Contains(a.Id)).Select(a => $"FigureAssessments has '{a.Id}', which is not in figures.csv"));
        var rows = new List<(CalibrationFigure, FigureAssessment, string, RangeSide?)>();
        foreach (var role in RoleOrder)
        {
            foreach (var figure in figures)
            {
                var assessment = FigureAssessments.All.FirstOrDefault(a => a.Id == figure.Id);
                if (assessment is null || assessment.Role != role)
                    continue;
                RangeSide? side = null;
                if (assessment.Check is { } check)
                {
                    var range = check.Range ?? PublishedRange.Parse(figure.Value);
                    side = range.Side(check.Model(runs));
                    if (side != check.Expected)
                    {
                        problems.Add($"figure '{figure.Id}': the model now comes out {SideName(side.Value)} the published range, but its sentence in FigureAssessments " +
                            $"was written for {SideName(check.Expected)}; revisit the sentence (and the expected side)");
                    }
                }
                rows.Add((figure, assessment, assessment.Model(runs), side));
            }
        }
        if (problems.Count > 0)
            throw new InvalidOperationException(string.Join("\n", problems));
        return rows;
    }

    private static string Source(CalibrationFigure figure) =>
        figure.Confidence == "secondary" && !figure.Source.Contains("secondary", StringComparison.OrdinalIgnoreCase) ? $"{figure.Source} (secondary)" : figure.Source;

    private static string Verdict(FigureCheck check, CalibrationFigure figure, RangeSide side)
    {
        var range = check.Range ?? PublishedRange.Parse(figure.Value);
        var point = range.Low == range.High;
        var where = side == RangeSide.Within && point ? "equal to" : SideName(side);
        return $"**{check.Measure}: {where} the published {(point ? "value" : "range")}.**";
    }

    public static string RoleName(FigureRole role) => role switch
    {
        FigureRole.Input => "input",
        FigureRole.Emergent => "emergent",
        FigureRole.NotUsed => "not used",
        _ => "not modelled",
    };

    public static string SideName(RangeSide side) => side switch
    {
        RangeSide.Below => "below",
        RangeSide.Above => "above",
        _ => "within",
    };
}
