namespace CrowdSim.Model.Scenario;

/// <summary>
/// A group of workers who share a region, platform memberships and behavioural distributions.
/// Each worker's own values are drawn from these distributions with the worker's own random stream.
/// </summary>
/// <param name="Id">Identifier used in the scenario file.</param>
/// <param name="Region">Region id.</param>
/// <param name="Count">Number of workers.</param>
/// <param name="Platforms">Ids of the platforms the workers belong to.</param>
/// <param name="ReservationWageMedianUsd">Median of the lognormal reservation wage, USD per hour.</param>
/// <param name="ReservationWageSigma">Log-scale spread of the reservation wage.</param>
/// <param name="CheckEveryHours">Mean time between checks of the queue when idle and awake (exponential).</param>
/// <param name="NightCheckerShare">Share of workers who wake during their sleep to check the queue.</param>
/// <param name="NightCheckEveryHours">How often a night checker wakes, in hours.</param>
/// <param name="SessionHoursMean">Mean length of a work session the worker is willing to put in (exponential).</param>
/// <param name="SearchMinutes">Unpaid minutes spent searching the queue at each check.</param>
/// <param name="SpeedSigma">Log-scale spread of worker speed around 1 (mean-one lognormal multiplier on handling time).</param>
/// <param name="ErrorRateMean">Mean probability that a reviewed submission is rejected.</param>
public sealed record WorkerPoolSpec(
    string Id,
    string Region,
    int Count,
    IReadOnlyList<string> Platforms,
    double ReservationWageMedianUsd,
    double ReservationWageSigma,
    double CheckEveryHours,
    double NightCheckerShare,
    double NightCheckEveryHours,
    double SessionHoursMean,
    double SearchMinutes,
    double SpeedSigma,
    double ErrorRateMean)
{
    /// <summary>Log-scale spread of workers' error rates around the pool's mean (mean-one lognormal).</summary>
    public double ErrorRateSigma { get; init; } = ModelDefaults.ErrorRateSigma;

    /// <summary>How error rates rise on long stretches.</summary>
    public FatigueSpec Fatigue { get; init; } = FatigueSpec.Default;

    /// <summary>Weekly weight of the last week's effective wage in the worker's reservation wage (0 = fixed).</summary>
    public double AdaptationWeeklyRate { get; init; } = ModelDefaults.AdaptationWeeklyRate;

    /// <summary>Experience-driven reservation wages (replacing <see cref="AdaptationWeeklyRate"/>'s rule), or null.</summary>
    public AdaptationSpec? Adaptation { get; init; }

    /// <summary>Check intervals that lengthen after fruitless checks and shorten after productive ones, or null.</summary>
    public DiscouragementSpec? Discouragement { get; init; }

    /// <summary>How workers leave for good, or null for never.</summary>
    public ChurnSpec? Churn { get; init; } = ChurnSpec.Default;

    /// <summary>A recruitment funnel that brings new workers in, or null.</summary>
    public RecruitmentSpec? Recruitment { get; init; }

    /// <summary>A salaried shift workforce employed by a vendor, or null for crowd workers.</summary>
    public EmploymentSpec? Employment { get; init; }

    /// <summary>Hours of work on a task type a worker expects when deciding whether a training course pays off.</summary>
    public double TrainingHorizonHours { get; init; } = ModelDefaults.TrainingHorizonHours;

    /// <summary>Handling that speeds up with approved tasks, or null for a fixed speed.</summary>
    public LearningSpec? Learning { get; init; }

    /// <summary>Approved tasks workers have before the run (for approval gates and learning), or null for none.</summary>
    public PriorApprovedSpec? PriorApproved { get; init; }
}
