namespace CrowdSim.Model.Scenario;

/// <summary>
/// Splits a lab's direct posting on an open marketplace into many requesters with pay of their own:
/// hourly pay lognormal (median, spread); posting volume lognormal, correlated with pay (negative:
/// lower-paying requesters post more work [requester_volume_note]).
/// </summary>
public sealed record RequestersSpec(int Count, double PayMedianUsdPerHour, double PaySigma, double VolumeSigma, double PayVolumeCorrelation)
{
    /// <summary>A share of the requesters who let only some regions see their tasks, or null for none.</summary>
    public RegionRestrictionSpec? RestrictToRegions { get; init; }

    /// <summary>A share of the requesters who require a number of approved tasks, or null for none.</summary>
    public ApprovalGateSpec? ApprovalGate { get; init; }
}

/// <summary>Each requester, with probability <paramref name="Share"/>, offers its tasks only to workers of <paramref name="Regions"/> (ids).</summary>
public sealed record RegionRestrictionSpec(IReadOnlyList<string> Regions, double Share);

/// <summary>Each requester, with probability <paramref name="Share"/>, offers its tasks only to workers with at least <paramref name="MinApproved"/> approved tasks.</summary>
public sealed record ApprovalGateSpec(long MinApproved, double Share);
