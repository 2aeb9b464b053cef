namespace CrowdSim.Scenarios;

/// <summary>
/// What a scenario file asks to be run besides the scenario itself: how many times, each with its
/// own seed, and which variants (the full grid of its sweep axes). A file without
/// <c>replications</c> or <c>sweep</c> asks for one run of one variant.
/// </summary>
/// <param name="Replications">Runs per variant, 1 to 10,000.</param>
/// <param name="Sweep">The axes of the grid of variants, in file order; empty for no sweep.</param>
public sealed record ExperimentPlan(int Replications, IReadOnlyList<SweepAxis> Sweep)
{
    /// <summary>One run of the scenario as written.</summary>
    public static ExperimentPlan Single { get; } = new(1, []);

    /// <summary>Whether the file says <c>replications:</c> (<see cref="Replications"/> is otherwise the default, 1).</summary>
    public bool ReplicationsGiven { get; init; }

    /// <summary>How many variants the sweep describes: the product of its axes' lengths (1 without a sweep).</summary>
    public long VariantCount => Sweep.Aggregate(1L, (product, axis) => product * axis.Values.Count);
}
