using CrowdSim.Experiments.Statistics;
using CrowdSim.Model.Scenario;

namespace CrowdSim.DocGen;

/// <summary>
/// The contrast scenarios of the stylised facts: a bundled scenario as loaded with one mechanism
/// switched off in code (a <c>with</c> expression on the spec, no new scenario file), and its replications.
/// </summary>
internal static class FactScenarios
{
    /// <summary>
    /// The scenario once per replication, with the seeds <c>crowdsim run --replications</c> gives
    /// (<see cref="ReplicationSeeds"/>): replication 0 is the scenario's own seed. A contrast built from the
    /// same loaded scenario keeps its seed, so both sides of a comparison share their random numbers.
    /// </summary>
    public static IReadOnlyList<ScenarioSpec> Replicate(ScenarioSpec spec, int replications) =>
        Enumerable.Range(0, replications).Select(k => spec with { Seed = ReplicationSeeds.For(spec.Seed, k) }).ToArray();

    /// <summary>Every platform's crowd workers see every open group (<see cref="SearchSpec.Perfect"/>) instead of a listing.</summary>
    public static ScenarioSpec PerfectInformation(ScenarioSpec spec) =>
        spec with { Platforms = [.. spec.Platforms.Select(p => p with { Search = SearchSpec.Perfect })] };

    /// <summary>No approval gates, no learning, no approved tasks from before the run, and perfect information.</summary>
    public static ScenarioSpec WithoutExperience(ScenarioSpec spec) =>
        PerfectInformation(spec) with
        {
            WorkerPools = [.. spec.WorkerPools.Select(p => p with { Learning = null, PriorApproved = null })],
            Labs = MapRequesters(spec, r => r with { ApprovalGate = null }),
        };

    /// <summary>No requester restricts its tasks to some regions (every restriction's share set to 0).</summary>
    public static ScenarioSpec WithoutRegionRestrictions(ScenarioSpec spec) =>
        spec with { Labs = MapRequesters(spec, r => r.RestrictToRegions is { } restriction ? r with { RestrictToRegions = restriction with { Share = 0 } } : r) };

    /// <summary>No vendor prices by the supply-responsive rule: rates stay where the scenario sets them.</summary>
    public static ScenarioSpec WithoutResponsivePricing(ScenarioSpec spec) =>
        spec with { Vendors = [.. spec.Vendors.Select(v => v with { Pricing = null })] };

    /// <summary>Every notifications policy of the scenario limited to one region.</summary>
    public static ScenarioSpec NotificationsOnlyIn(ScenarioSpec spec, string region) =>
        spec with
        {
            Events = [.. spec.Events.Select(e => e is PolicyChange { Policy: PolicyKind.Notifications } p ? p with { Region = region } : e)],
        };

    private static IReadOnlyList<LabSpec> MapRequesters(ScenarioSpec spec, Func<RequestersSpec, RequestersSpec> map) =>
        [.. spec.Labs.Select(l => l with { Demand = [.. l.Demand.Select(d => d.Requesters is { } r ? d with { Requesters = map(r) } : d)] })];
}
