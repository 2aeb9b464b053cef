using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Binding;

/// <summary>
/// Binds one item of <c>workers:</c>: a pool of workers sharing a region and behaviour; churn,
/// recruitment and employment have binders of their own.
/// </summary>
internal static class WorkerPoolBinder
{
    private static readonly string[] Keys =
    [
        "id", "region", "count", "platforms", "reservationWage", "checkEvery",
        "nightCheckers", "sessionHours", "searchMinutes", "speedSigma", "errorRate",
        "errorRateSigma", "fatigue", ExperienceBinder.AdaptationKey, ExperienceBinder.DiscouragementKey, ChurnBinder.Key, RecruitmentBinder.Key,
        EmploymentBinder.Key, "trainingHorizonHours", "learning", "priorApproved",
    ];

    private static readonly string[] LearningKeys = ["halfLifeTasks", "exponent", "floor"];
    private static readonly string[] PriorApprovedKeys = ["median", "sigma"];

    private static readonly string[] ReservationWageKeys = ["medianUsd", "sigma"];
    private static readonly string[] NightCheckerKeys = ["share", "every"];
    private static readonly string[] FatigueKeys = ["onsetHours", "errorIncreasePerHour"];

    public static WorkerPoolSpec Bind(YamlMappingNode node, BindContext context)
    {
        var pool = new NodeReader(node, context.Errors, Keys);
        var id = pool.RequiredString("id");
        var wage = pool.Mapping("reservationWage", ReservationWageKeys);
        var night = pool.Mapping("nightCheckers", NightCheckerKeys);
        var platforms = Platforms(pool, context);
        var workers = new WorkerPoolSpec(
            id ?? "",
            context.Regions.Reference(pool, "region", required: true)?.Id ?? "",
            Count(pool),
            platforms,
            wage?.Number("medianUsd", Limits.Positive) ?? ModelDefaults.ReservationWageMedianUsd,
            wage?.Number("sigma", Limits.NonNegative) ?? ModelDefaults.ReservationWageSigma,
            pool.Value("checkEvery", Formats.PositiveDuration) / 60.0 ?? ModelDefaults.CheckEveryHours,
            night?.Value("share", Formats.Share) ?? ModelDefaults.NightCheckerShare,
            night?.Value("every", Formats.PositiveDuration) / 60.0 ?? ModelDefaults.NightCheckEveryHours,
            pool.Value("sessionHours", Formats.PositiveHours) ?? ModelDefaults.SessionHoursMean,
            pool.Number("searchMinutes", Limits.NonNegative) ?? ModelDefaults.SearchMinutes,
            pool.Number("speedSigma", Limits.NonNegative) ?? ModelDefaults.SpeedSigma,
            pool.Value("errorRate", Formats.Share) ?? ModelDefaults.ErrorRate);
        // Keys left out keep the record's own defaults.
        workers = workers with
        {
            ErrorRateSigma = pool.Number("errorRateSigma", Limits.NonNegative) ?? workers.ErrorRateSigma,
            Fatigue = Fatigue(pool.Mapping("fatigue", FatigueKeys), workers.Fatigue),
            Churn = ChurnBinder.Bind(pool, workers.Churn),
            Recruitment = RecruitmentBinder.Bind(pool),
            Employment = EmploymentBinder.Bind(pool, context, platforms),
            TrainingHorizonHours = pool.Number("trainingHorizonHours", Limits.Positive) ?? workers.TrainingHorizonHours,
            Learning = Learning(pool.Mapping("learning", LearningKeys)),
            PriorApproved = PriorApproved(pool.Mapping("priorApproved", PriorApprovedKeys)),
        };
        workers = ExperienceBinder.Bind(pool, workers);
        context.WorkerPools.Add(pool, id, workers);
        return workers;
    }

    private static FatigueSpec Fatigue(NodeReader? fatigue, FatigueSpec otherwise) =>
        fatigue is null
            ? otherwise
            : new FatigueSpec(
                fatigue.Number("onsetHours", Limits.NonNegative) ?? otherwise.OnsetHours,
                fatigue.Number("errorIncreasePerHour", Limits.NonNegative) ?? otherwise.ErrorIncreasePerHour);

    /// <summary><c>learning: {halfLifeTasks, exponent, floor}</c>; keys left out take the defaults.</summary>
    private static LearningSpec? Learning(NodeReader? learning) =>
        learning is null
            ? null
            : new LearningSpec(
                learning.Number("halfLifeTasks", Limits.Positive) ?? ModelDefaults.LearningHalfLifeTasks,
                learning.Number("exponent", Limits.NonNegative) ?? ModelDefaults.LearningExponent,
                learning.Number("floor", new Limits(0, 1, MinExclusive: true)) ?? ModelDefaults.LearningFloor);

    /// <summary><c>priorApproved: {median, sigma}</c>: approved tasks workers bring with them (lognormal).</summary>
    private static PriorApprovedSpec? PriorApproved(NodeReader? prior) =>
        prior is null
            ? null
            : new PriorApprovedSpec(
                prior.RequiredNumber("median", Limits.NonNegative) ?? 0,
                prior.Number("sigma", Limits.NonNegative) ?? 0);

    private static int Count(NodeReader pool)
    {
        var count = pool.RequiredInteger("count", Limits.NonNegative);
        if (count <= ScenarioBinder.MaxWorkers)
            return (int)count.Value;
        if (count is not null)
        {
            pool.Report(pool.Optional("count")!, "count", FormattableString.Invariant(
                $"{count:N0} workers is more than the {ScenarioBinder.MaxWorkers:N0} a run can hold in memory"));
        }
        return 0;
    }

    private static IReadOnlyList<string> Platforms(NodeReader pool, BindContext context)
    {
        var ids = new List<string>();
        foreach (var node in pool.List("platforms", required: true))
        {
            if (context.Platforms.Resolve(pool, node, "platforms") is not { } platform)
                continue;
            if (ids.Contains(platform.Id))
                pool.Report(node, "platforms", $"platform `{platform.Id}` is listed twice");
            else
                ids.Add(platform.Id);
        }
        return [.. ids];
    }
}
