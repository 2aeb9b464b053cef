using CrowdSim.Model.Market;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Model.Workers;
using CrowdSim.Testing.Generators;
using CsCheck;

namespace CrowdSim.Model.Tests.Search;

/// <summary>
/// Property: for generated scenarios with a listing on every platform (generated parameters), the
/// books balance at every tick and every task taken went to a crowd worker who belongs to the
/// platform and whose region it pays, or to a salaried worker of its vendor.
/// </summary>
[Trait("Category", "Validation")]
public class SearchPropertyTests
{
    private static readonly Gen<SearchSpec> AnySearch =
        from page in Gen.Int[1, 12]
        from newest in Gen.Double[0, 1]
        from most in Gen.Double[0, 1]
        from batch in Gen.Double[0, 1]
        from site in Gen.Double[0, 1]
        from favourites in Gen.Int[0, 5]
        from beliefs in Gen.Int[1, 6]
        from prior in Gen.Double[0.5, 10]
        from again in Gen.Double[0, 5]
        from satisfice in Gen.Double[0, 1]
        select new SearchSpec(
            SearchRule.Listing, page, newest / 2, (1 - (newest / 2)) * most, (1 - (newest / 2)) * (1 - most), batch, site, favourites, beliefs, prior,
            again, satisfice);

    private static readonly Gen<ScenarioSpec> Spec =
        from spec in AnyScenarios.Spec
        from searches in AnySearch.Array[spec.Platforms.Count]
        select spec with { Platforms = spec.Platforms.Select((p, k) => p with { Search = searches[k] }).ToArray() };

    [Fact]
    public void Listing_KeepsTheBooksAndGivesWorkOnlyToEligibleWorkers() => Spec.Sample(spec =>
    {
        var starts = WorkerProfiles.PoolStarts(spec);
        var sim = new LocalSimulation(spec, 50, recordTaskEvents: true);
        for (var t = 0; t < Math.Min(spec.Ticks, 200); t++)
        {
            var report = sim.Step();
            var broken = Conservation.Violations(sim.Totals);
            Assert.True(broken.Count == 0, string.Join("; ", broken));
            foreach (var e in report.TaskEvents.Where(e => e.Kind == TaskEventKind.Approved && e.PayMicros > 0))
            {
                var pool = spec.WorkerPools[Enumerable.Range(0, starts.Length).Last(p => starts[p] <= e.WorkerId)];
                Assert.Contains(spec.Platforms[e.Platform].Id, pool.Platforms);
            }
        }
    }, iter: 12, threads: 1);
}
