using Orleans.Placement;
using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace CrowdSim.Grains.Placement;

/// <summary>
/// Worker cohorts spread evenly over the cluster: cohort i of a run goes to the ((h + i) mod n)-th
/// of the n compatible silos, taken in address order, where h is the run's hub silo (see
/// <see cref="HubPlacement"/>). A cohort stays where it was placed for the whole run (grains are
/// only moved when a silo is lost), so the spread is set by the silos present at the start.
/// </summary>
[GenerateSerializer]
[Immutable]
public sealed class CohortSpreadPlacement : PlacementStrategy
{
    internal static readonly CohortSpreadPlacement Singleton = new();
}

/// <summary>Places a worker cohort grain by its index (see <see cref="CohortSpreadPlacement"/>).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class CohortSpreadPlacementAttribute() : PlacementAttribute(CohortSpreadPlacement.Singleton);

/// <summary>
/// The market's hubs (coordinator, labs, vendors, platforms) of a run all on one silo, chosen by a
/// stable hash of the run's id: every tick each of them talks to the others, so keeping them
/// together turns those calls into local ones, and only the cohorts' claims and outcomes cross
/// silos. Different runs (replications, sweep points) get different hub silos.
/// </summary>
[GenerateSerializer]
[Immutable]
public sealed class HubPlacement : PlacementStrategy
{
    internal static readonly HubPlacement Singleton = new();
}

/// <summary>Places a grain on the hub silo (see <see cref="HubPlacement"/>).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class HubPlacementAttribute() : PlacementAttribute(HubPlacement.Singleton);

/// <summary>Chooses silos for <see cref="CohortSpreadPlacement"/> and <see cref="HubPlacement"/>.</summary>
public sealed class CrowdSimPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target).OrderBy(s => s.ToParsableString(), StringComparer.Ordinal).ToArray();
        if (silos.Length == 0)
            throw new OrleansException($"no silo can host {target.GrainIdentity}");
        var key = target.GrainIdentity.Key.ToString() ?? "";
        var hub = (int)(RunHash(key) % (uint)silos.Length);
        if (strategy is HubPlacement)
            return Task.FromResult(silos[hub]);
        return Task.FromResult(silos[(hub + CohortIndex(key)) % silos.Length]);
    }

    // Grain keys start with the run's id ("run", "run/platform/0", "run/cohort/7"): FNV-1a of that part.
    private static uint RunHash(string key)
    {
        var end = key.IndexOf('/', StringComparison.Ordinal);
        var run = end < 0 ? key : key[..end];
        var hash = 2166136261u;
        foreach (var c in run)
            hash = (hash ^ c) * 16777619u;
        return hash;
    }

    // Cohort keys end in their index ("run/cohort/7").
    private static int CohortIndex(string key)
    {
        var slash = key.LastIndexOf('/');
        return slash >= 0 && int.TryParse(key.AsSpan(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) ? index : 0;
    }
}
