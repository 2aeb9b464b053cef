using Orleans.Runtime;

namespace CrowdSim.Runs.Hosting;

/// <summary>
/// Watches a cluster's membership during a run, so that a silo that dies (and takes part of the
/// run's state with it) is noticed and named at once instead of leaving the run waiting on calls
/// that will never be answered.
/// </summary>
public interface ISiloWatch
{
    /// <summary>The silos active now (the ones a run starting now depends on), by address.</summary>
    Task<IReadOnlySet<string>> ActiveAsync(CancellationToken cancellation);

    /// <summary>One of <paramref name="watched"/> that is no longer active, or null.</summary>
    Task<LostSilo?> LostAsync(IReadOnlySet<string> watched, CancellationToken cancellation);
}

/// <summary>A silo the run lost.</summary>
/// <param name="Name">The silo's name (<c>crowdsim silo --name</c>).</param>
/// <param name="Address">Its address and port.</param>
/// <param name="Status">Its membership status when it was noticed (Dead, ShuttingDown, ...).</param>
public sealed record LostSilo(string Name, string Address, string Status)
{
    public override string ToString() => $"silo '{Name}' ({Address}, {Status.ToLowerInvariant()})";
}

/// <summary>A silo was lost during a run; the grains it held are gone.</summary>
public sealed class SiloLostException(LostSilo silo) : Exception($"lost {silo} during the run")
{
    public LostSilo Silo { get; } = silo;
}

/// <summary>Reads the membership table through the cluster's management grain.</summary>
public sealed class MembershipWatch(IGrainFactory grains) : ISiloWatch
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    public async Task<IReadOnlySet<string>> ActiveAsync(CancellationToken cancellation)
    {
        var hosts = await Management().GetDetailedHosts(onlyActive: true, cancellation).WaitAsync(Patience * 6, cancellation);
        return hosts.Select(h => h.SiloAddress.ToParsableString()).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<LostSilo?> LostAsync(IReadOnlySet<string> watched, CancellationToken cancellation)
    {
        MembershipEntry[] hosts;
        try
        {
            hosts = await Management().GetDetailedHosts(onlyActive: false, cancellation).WaitAsync(Patience, cancellation);
        }
        catch (Exception e) when (e is TimeoutException or OrleansException)
        {
            // The cluster is busy re-forming: ask again next time.
            return null;
        }
        return hosts
            .Where(h => watched.Contains(h.SiloAddress.ToParsableString()) && h.Status != SiloStatus.Active)
            .OrderBy(h => h.SiloName, StringComparer.Ordinal)
            .Select(h => new LostSilo(h.SiloName, h.SiloAddress.Endpoint.ToString(), h.Status.ToString()))
            .FirstOrDefault();
    }

    private IManagementGrain Management() => grains.GetGrain<IManagementGrain>(0);
}
