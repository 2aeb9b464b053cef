namespace CrowdSim.DocGen;

/// <summary>How the model stands against one published figure.</summary>
/// <param name="Id">The figure's id in figures.csv.</param>
/// <param name="Role">Input, emergent, not used or not modelled.</param>
/// <param name="Scenarios">The calibrated scenarios that use it or are compared with it (empty for none).</param>
/// <param name="Model">What the model has or produces, as text with numbers from the runs (or from the scenario as loaded, for an input).</param>
/// <param name="Gap">The gap and its likely cause, written by hand.</param>
/// <param name="Check">For an emergent figure with a number, the comparison the sentence rests on.</param>
internal sealed record FigureAssessment(string Id, FigureRole Role, IReadOnlyList<string> Scenarios, Func<LiteratureRuns, string> Model, string Gap, FigureCheck? Check = null);
