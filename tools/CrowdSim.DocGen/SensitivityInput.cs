using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios;

namespace CrowdSim.DocGen;

/// <summary>
/// An input of the sensitivity design: a name, where its value comes from, and the scenario values
/// it moves together (e.g. the median reservation wage of every worker pool).
/// </summary>
internal sealed record SensitivityInput(string Name, string Source, Func<ScenarioSpec, IEnumerable<ScaledValue>> Values)
{
    /// <summary>The sweep axes (one value each) that scale every value of the input by <paramref name="factor"/>.</summary>
    public IReadOnlyList<SweepAxis> Axes(ScenarioSpec spec, double factor) =>
        Values(spec).Select(v => new SweepAxis(v.Path, [v.Value(factor)])).ToArray();
}
