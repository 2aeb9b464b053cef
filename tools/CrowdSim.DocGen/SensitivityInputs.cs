using CrowdSim.Model.Scenario;

namespace CrowdSim.DocGen;

/// <summary>The inputs the sensitivity analysis moves, each over every entity of the scenario that has it.</summary>
internal static class SensitivityInputs
{
    public static IReadOnlyList<SensitivityInput> All { get; } =
    [
        new("reservation wage median", "[res_wage_median]; local minimum wage (assumption)",
            s => Pools(s).Select(p => new ScaledValue($"workers.{p.Id}.reservationWage.medianUsd", p.ReservationWageMedianUsd, ScaleKind.Number))),
        new("reservation wage spread σ", "[res_wage_elasticity]",
            s => Pools(s).Select(p => new ScaledValue($"workers.{p.Id}.reservationWage.sigma", p.ReservationWageSigma, ScaleKind.Number))),
        new("check interval", "assumption",
            s => Pools(s).Select(p => new ScaledValue($"workers.{p.Id}.checkEvery", p.CheckEveryHours, ScaleKind.HoursAsDuration))),
        new("session length", "assumption",
            s => Pools(s).Select(p => new ScaledValue($"workers.{p.Id}.sessionHours", p.SessionHoursMean, ScaleKind.Number))),
        new("search minutes per check", "assumption",
            s => Pools(s).Select(p => new ScaledValue($"workers.{p.Id}.searchMinutes", p.SearchMinutes, ScaleKind.Number))),
        new("night-checker share", "assumption ([seed_night_checks] for the habit)",
            s => Pools(s).Select(p => new ScaledValue($"workers.{p.Id}.nightCheckers.share", p.NightCheckerShare, ScaleKind.Share))),
        new("error rate", "[reject_share]",
            s => Pools(s).Select(p => new ScaledValue($"workers.{p.Id}.errorRate", p.ErrorRateMean, ScaleKind.Share))),
        new("task mean minutes", "assumption; [rlhf_task_minutes]",
            s => s.TaskTypes.Select(t => new ScaledValue($"taskTypes.{t.Id}.meanMinutes", t.MeanMinutes, ScaleKind.Number))),
        new("abandonment share", "[abandon_share]",
            s => s.TaskTypes.Select(t => new ScaledValue($"taskTypes.{t.Id}.abandonShare", t.AbandonShare, ScaleKind.Share))),
        new("pay per task", "[remotasks_ke_2023], [remotasks_us], [rlhf_subcontracted], [requester_pay_median]",
            s => PayPerTask(s)),
        new("platform fee", "[mturk_fee]",
            s => s.Platforms.Where(p => p.FeeShare > 0).Select(p => new ScaledValue($"platforms.{p.Id}.fee", p.FeeShare, ScaleKind.Share))),
        new("demand (tasks per day)", "assumption",
            s => s.Labs.SelectMany(l => l.Demand.Select((d, i) => new ScaledValue($"labs.{l.Id}.demand.{i}.tasksPerDay", d.TasksPerDay, ScaleKind.Number)))),
    ];

    private static IEnumerable<WorkerPoolSpec> Pools(ScenarioSpec spec) => spec.WorkerPools.Where(p => p.Employment is null);

    /// <summary>Vendors' piece rates and the rewards of direct postings: everything paid to workers per task.</summary>
    private static IEnumerable<ScaledValue> PayPerTask(ScenarioSpec spec)
    {
        foreach (var v in spec.Vendors)
        {
            for (var i = 0; i < v.PieceRates.Count; i++)
                yield return new ScaledValue($"vendors.{v.Id}.pieceRates.{i}.usd", v.PieceRates[i].UsdPerTask, ScaleKind.Number);
        }
        foreach (var l in spec.Labs)
        {
            for (var i = 0; i < l.Demand.Count; i++)
            {
                if (l.Demand[i].Platform is null)
                    continue;
                yield return l.Demand[i].Requesters is { } requesters
                    ? new ScaledValue($"labs.{l.Id}.demand.{i}.requesters.payMedianUsdPerHour", requesters.PayMedianUsdPerHour, ScaleKind.Number)
                    : new ScaledValue($"labs.{l.Id}.demand.{i}.priceUsd", l.Demand[i].PriceUsd, ScaleKind.Number);
            }
        }
    }
}
