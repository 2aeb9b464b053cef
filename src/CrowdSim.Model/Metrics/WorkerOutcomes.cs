namespace CrowdSim.Model.Metrics;

/// <summary>What work was like for workers.</summary>
/// <param name="EffectiveHourlyWageMedian">Median over workers of earnings ÷ (paid + unpaid hours), USD.</param>
/// <param name="PaidHourlyWageMedian">Median over workers with paid time of earnings ÷ paid hours, USD.</param>
/// <param name="UnpaidShare">Unpaid hours ÷ all hours, pooled over workers.</param>
/// <param name="ShareBelowLocalMinimumWage">Share of workers who gave any time whose effective wage is below their region's minimum wage.</param>
/// <param name="NightHoursShare">Hours in local night (22:00-06:00) ÷ all hours, pooled.</param>
/// <param name="ChecksPerWorkerDay">Checks of the queue per worker per day.</param>
/// <param name="Gini">Gini coefficient of earnings over all workers.</param>
public sealed record WorkerOutcomes(
    double EffectiveHourlyWageMedian,
    double PaidHourlyWageMedian,
    double UnpaidShare,
    double ShareBelowLocalMinimumWage,
    double NightHoursShare,
    double ChecksPerWorkerDay,
    double Gini);
