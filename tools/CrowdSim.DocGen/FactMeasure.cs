using CrowdSim.Experiments.Statistics;

namespace CrowdSim.DocGen;

/// <summary>One row of a stylised fact's table: a measure of a run, taken with the mechanism and without it.</summary>
/// <param name="Label">What is measured, as the table names it.</param>
/// <param name="With">The runs with the mechanism (the bundled scenario).</param>
/// <param name="Without">The contrast runs, with the mechanism off.</param>
/// <param name="Of">The measure of one run.</param>
/// <param name="Range">The values the measure can take (its interval is cut to them).</param>
/// <param name="Format">How a value is written.</param>
/// <param name="Target">The published figure it is compared with; null for a row shown for context, which gets no verdict.</param>
internal sealed record FactMeasure(string Label, FactArm With, FactArm Without, Func<ScenarioRun, double> Of, OutcomeRange Range, Func<double, string> Format, FactTarget? Target = null);
