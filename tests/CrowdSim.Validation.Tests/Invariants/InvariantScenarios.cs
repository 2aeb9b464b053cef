using CrowdSim.Model.Scenario;
using CrowdSim.Testing.Generators;
using CsCheck;

namespace CrowdSim.Validation.Tests.Invariants;

/// <summary>
/// The scenarios the invariant tests check: <see cref="BusyScenarios"/> (tests/CrowdSim.Testing),
/// small, busy worlds that run in well under a second each. The combinators are those of
/// <see cref="Gens"/>, here under the names the invariant tests have always used.
/// </summary>
internal static class InvariantScenarios
{
    /// <summary>A valid, busy scenario.</summary>
    public static readonly Gen<ScenarioSpec> Spec = BusyScenarios.Spec;

    /// <inheritdoc cref="Gens.Uniform"/>
    internal static Gen<double> Uniform(double min, double max) => Gens.Uniform(min, max);

    /// <inheritdoc cref="BusyScenarios.Share"/>
    internal static Gen<double> Share => BusyScenarios.Share;

    /// <inheritdoc cref="Gens.Maybe"/>
    internal static Gen<T?> Maybe<T>(Gen<T> gen, double probability) where T : class => Gens.Maybe(gen, probability);

    /// <inheritdoc cref="Gens.WholeMinutesAsHours"/>
    internal static Gen<double> WholeMinutesAsHours(int minMinutes, int maxMinutes) => Gens.WholeMinutesAsHours(minMinutes, maxMinutes);

    /// <inheritdoc cref="Gens.All"/>
    internal static Gen<T[]> All<T>(IEnumerable<Gen<T>> gens) => Gens.All(gens);

    /// <inheritdoc cref="Gens.Some"/>
    internal static Gen<T[]> Some<T>(T[] items, int min, int max) => Gens.Some(items, min, max);
}
