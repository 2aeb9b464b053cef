namespace CrowdSim.Model.Metrics;

/// <summary>
/// What work was like for a set of workers (all of them, or one region's). <c>Workers</c> counts
/// the slots that took part (not recruits whose intake is still to come); pooled hours include
/// boot-camp drop-outs, while medians, the minimum-wage share, Gini, top share, stretches and
/// volatility are over workers who joined the workforce.
/// </summary>
/// <param name="EffectiveHourlyWageMedian">Median over workers who gave any time of earnings ÷ (paid + unpaid hours), USD.</param>
/// <param name="PaidHourlyWageMedian">Median over workers with paid time of earnings ÷ paid hours, USD.</param>
/// <param name="UnpaidShare">Unpaid hours ÷ all hours, pooled over workers.</param>
/// <param name="ShareBelowLocalMinimumWage">Share of workers who gave any time whose effective wage is below their region's minimum wage.</param>
/// <param name="NightHoursShare">Hours in local night (22:00-06:00) ÷ all hours, pooled.</param>
/// <param name="ChecksPerWorkerDay">Checks of the queue per worker per day.</param>
/// <param name="Gini">Gini coefficient of earnings over the workers.</param>
/// <param name="Workers">Workers who took part.</param>
/// <param name="PaidHours">Paid hours, pooled.</param>
/// <param name="UnpaidHours">Unpaid hours, pooled (= search + rejected + abandoned + training).</param>
/// <param name="Earnings">Earnings, USD.</param>
/// <param name="SearchHours">Unpaid hours searching for work.</param>
/// <param name="RejectedHours">Unpaid hours on rejected work.</param>
/// <param name="AbandonedHours">Unpaid hours on work given up part-way.</param>
/// <param name="TrainingHours">Unpaid hours in training courses and boot camps.</param>
/// <param name="NightWakeupsPerWorkerDay">Checks made during the worker's own sleep, per worker per day.</param>
/// <param name="LongestStretchHoursMedian">Median over workers who did any work of their longest continuous session.</param>
/// <param name="LongestStretchHoursMax">The longest continuous session of anyone.</param>
/// <param name="Top10EarningsShare">Share of all earnings taken by the best-paid tenth of workers.</param>
/// <param name="IncomeVolatilityMedian">Median over workers of the coefficient of variation of their weekly earnings (null if no worker has two weeks with pay).</param>
/// <param name="Deactivated">Workers deactivated on at least one platform.</param>
/// <param name="Departures">Workers who left for good.</param>
/// <param name="RecruitsJoined">Recruits who finished boot camp and joined.</param>
/// <param name="RecruitsDroppedOut">Recruits who dropped out of boot camp.</param>
/// <param name="HalfLifeMonths">Pool half-life implied by the weekly departure rate, ln 2 ÷ hazard (null when nobody left).</param>
public sealed record WorkerOutcomes(
    double EffectiveHourlyWageMedian,
    double PaidHourlyWageMedian,
    double UnpaidShare,
    double ShareBelowLocalMinimumWage,
    double NightHoursShare,
    double ChecksPerWorkerDay,
    double Gini,
    int Workers,
    double PaidHours,
    double UnpaidHours,
    decimal Earnings,
    double SearchHours,
    double RejectedHours,
    double AbandonedHours,
    double TrainingHours,
    double NightWakeupsPerWorkerDay,
    double LongestStretchHoursMedian,
    double LongestStretchHoursMax,
    double Top10EarningsShare,
    double? IncomeVolatilityMedian,
    int Deactivated,
    int Departures,
    int RecruitsJoined,
    int RecruitsDroppedOut,
    double? HalfLifeMonths);
