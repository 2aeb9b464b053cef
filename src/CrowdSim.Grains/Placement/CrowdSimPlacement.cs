using Orleans.Placement;
using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace CrowdSim.Grains.Placement;

/// <summary>
/// Worker cohorts spread evenly over the cluster: cohort i goes to the (i mod n)-th of the n
/// compatible silos, taken in address order. A cohort stays where it was placed for the whole run
/// (grains are only moved when a silo is lost), so the spread is set by the silos present at the start.
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
/// The market's hubs (coordinator, labs, vendors, platforms) all on one silo, the first in address
/// order: every tick each of them talks to the others, so keeping them together turns those calls
/// into local ones; only the cohorts' claims and outcomes cross silos.
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
        if (strategy is HubPlacement)
            return Task.FromResult(silos[0]);
        var index = CohortIndex(target.GrainIdentity);
        return Task.FromResult(silos[index % silos.Length]);
    }

    // Cohort keys end in their index ("run/cohort/7"); anything else goes to the first silo.
    private static int CohortIndex(GrainId grain)
    {
        var key = grain.Key.ToString();
        var slash = key.LastIndexOf('/');
        return slash >= 0 && int.TryParse(key.AsSpan(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) ? index : 0;
    }
}
