namespace CrowdSim.DocGen;

/// <summary>One row of data/calibration/figures.csv: a published figure and where it comes from.</summary>
/// <param name="Id">The id the docs and scenario files cite, e.g. <c>res_wage_median</c>.</param>
/// <param name="Quantity">What was measured.</param>
/// <param name="Value">The value as published (a number, a range such as <c>12-18</c>, or empty for a qualitative finding).</param>
/// <param name="Unit">Its unit (may be empty).</param>
/// <param name="Population">Who and when.</param>
/// <param name="Source">The publication.</param>
/// <param name="Confidence"><c>read</c> in the source itself, or <c>secondary</c>.</param>
internal sealed record CalibrationFigure(string Id, string Quantity, string Value, string Unit, string Population, string Source, string Confidence)
{
    /// <summary>Value and unit as one phrase, or "qualitative" when the figure has no value.</summary>
    public string ValueWithUnit => Value.Length == 0 ? "qualitative" : Unit.Length == 0 ? Value : $"{Value} {Unit}";
}
