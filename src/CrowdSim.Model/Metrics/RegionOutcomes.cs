namespace CrowdSim.Model.Metrics;

/// <summary>Worker outcomes for one region, with its head count and hours.</summary>
public sealed record RegionOutcomes(
    int Workers,
    double PaidHours,
    double UnpaidHours,
    decimal Earnings,
    double EffectiveHourlyWageMedian,
    double PaidHourlyWageMedian,
    double UnpaidShare,
    double ShareBelowLocalMinimumWage,
    double NightHoursShare,
    double ChecksPerWorkerDay,
    double Gini);
