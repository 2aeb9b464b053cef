using System.Net;
using CrowdSim.Grains;
using CrowdSim.Grains.Placement;
using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace CrowdSim.Integration.Tests;

/// <summary>
/// Where a run's grains go on a cluster (<see cref="CrowdSimPlacementDirector"/>): a run's hub
/// grains together, its cohorts round the silos from the hub, and different runs on different hubs.
/// </summary>
public class PlacementTests
{
    private static readonly SiloAddress[] Silos =
        [.. Enumerable.Range(0, 3).Select(i => SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 11111 + i), 1))];

    [Fact]
    public async Task A_runs_coordinator_labs_vendors_and_platforms_share_one_silo()
    {
        const string run = "baseline-42-1000-1";
        var hub = await PlaceAsync(new HubPlacement(), "coordinator", run, Silos);
        foreach (var key in new[] { GrainKeys.Lab(run, 0), GrainKeys.Lab(run, 1), GrainKeys.Vendor(run, 0), GrainKeys.Platform(run, 0), GrainKeys.Platform(run, 1) })
            Assert.Equal(hub, await PlaceAsync(new HubPlacement(), "participant", key, Silos));
    }

    [Fact]
    public async Task Cohorts_go_round_the_silos_from_the_hub_so_each_silo_holds_a_third()
    {
        const string run = "baseline-42-1000-1";
        var hub = Array.IndexOf(Silos, await PlaceAsync(new HubPlacement(), "coordinator", run, Silos));
        var placed = new List<SiloAddress>();
        for (var i = 0; i < 100; i++)
            placed.Add(await PlaceAsync(new CohortSpreadPlacement(), "workercohort", GrainKeys.Cohort(run, i), Silos));

        Assert.Equal([.. Enumerable.Range(0, 100).Select(i => Silos[(hub + i) % 3])], placed);
        Assert.Equal([34, 33, 33], Silos.Select(s => placed.Count(p => p.Equals(s))).OrderDescending());
    }

    [Fact]
    public async Task Replications_land_on_different_hubs()
    {
        var hubs = new HashSet<SiloAddress>();
        for (var replication = 0; replication < 12; replication++)
            hubs.Add(await PlaceAsync(new HubPlacement(), "coordinator", $"baseline-{1000 + replication}-4242-{replication + 1}", Silos));
        Assert.Equal(3, hubs.Count);
    }

    [Fact]
    public async Task After_a_silo_is_lost_a_new_run_goes_only_to_the_silos_that_are_left()
    {
        SiloAddress[] left = [Silos[0], Silos[2]];
        const string run = "baseline-42-1000-2";
        var placed = new List<SiloAddress> { await PlaceAsync(new HubPlacement(), "coordinator", run, left) };
        for (var i = 0; i < 10; i++)
            placed.Add(await PlaceAsync(new CohortSpreadPlacement(), "workercohort", GrainKeys.Cohort(run, i), left));
        Assert.DoesNotContain(Silos[1], placed);
        Assert.Equal(2, placed.Skip(1).Distinct().Count());
    }

    private static Task<SiloAddress> PlaceAsync(PlacementStrategy strategy, string type, string key, SiloAddress[] silos) =>
        new CrowdSimPlacementDirector().OnAddActivation(
            strategy,
            new PlacementTarget(GrainId.Create(type, key), [], default, 0),
            new Context(silos));

    private sealed class Context(SiloAddress[] silos) : IPlacementContext
    {
        public SiloAddress LocalSilo => silos[0];

        public SiloStatus LocalSiloStatus => SiloStatus.Active;

        public SiloAddress[] GetCompatibleSilos(PlacementTarget target) => silos;

        public IReadOnlyDictionary<ushort, SiloAddress[]> GetCompatibleSilosWithVersions(PlacementTarget target) =>
            new Dictionary<ushort, SiloAddress[]> { [0] = silos };
    }
}
