namespace CrowdSim.Model.Scenario;

/// <summary>
/// A recruitment funnel: every <paramref name="EveryDays"/> days an intake of <paramref name="Recruits"/>
/// starts an unpaid boot camp of <paramref name="BootcampHours"/> (spread over its first week);
/// <paramref name="DropOutShare"/> drop out, the rest join the pool.
/// </summary>
public sealed record RecruitmentSpec(double EveryDays, int Recruits, double BootcampHours, double DropOutShare);
