namespace CrowdSim.Model.Scenario;

/// <summary>
/// Splits a lab's direct posting on an open marketplace into many requesters with pay of their own:
/// hourly pay lognormal (median, spread); posting volume lognormal, correlated with pay (negative:
/// lower-paying requesters post more work [requester_volume_note]).
/// </summary>
public sealed record RequestersSpec(int Count, double PayMedianUsdPerHour, double PaySigma, double VolumeSigma, double PayVolumeCorrelation);
