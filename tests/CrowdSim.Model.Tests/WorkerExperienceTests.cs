using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Model.Time;
using CrowdSim.Model.Workers;
using CrowdSim.Testing;
using CrowdSim.Testing.Generators;
using CsCheck;

namespace CrowdSim.Model.Tests;

/// <summary>
/// Experience-driven adaptation, discouragement and exit in running cohorts and simulations:
/// workers who never find acceptable work check less and leave; the rules keep their bounds in
/// any generated scenario.
/// </summary>
public class WorkerExperienceTests
{
    private const int Weeks = 8;

    /// <summary>The test world over eight weeks in hour-long ticks, with every pool changed by <paramref name="pools"/>.</summary>
    private static ScenarioSpec World(Func<WorkerPoolSpec, WorkerPoolSpec> pools, int us = 150, int kenya = 150)
    {
        var spec = new ScenarioBuilder().Days(7 * Weeks).TickMinutes(60).Workers(us, kenya).Build();
        return spec with { WorkerPools = [.. spec.WorkerPools.Select(pools)] };
    }

    private static WorkerPoolSpec Rules(WorkerPoolSpec p) => p with
    {
        Adaptation = AdaptationSpec.Default,
        Discouragement = DiscouragementSpec.Default,
        Churn = ChurnSpec.Default with { NoEarningsExit = ModelDefaults.ChurnNoEarningsExit },
    };

    /// <summary>Runs one cohort of every worker where no check ever finds work; returns it and the checks per week.</summary>
    private static (WorkerCohort Cohort, int[] ChecksByWeek) NothingEverFound(ScenarioSpec spec)
    {
        var cohort = new WorkerCohort(spec, 0, spec.WorkerCount);
        var byWeek = new int[Weeks];
        for (var tick = 0; tick < spec.Ticks; tick++)
        {
            var window = TickWindow.Of(spec, tick);
            var claims = spec.Platforms.Select(_ => new List<Market.WorkerClaim>()).ToArray();
            cohort.CollectClaims(tick, window.EndMs, claims);
            var ended = claims.SelectMany(c => c)
                .Select(c => new Market.WorkerOutcome(c.WorkerId, Market.OutcomeKind.SessionEnded, c.AtMs, c.AtMs, 0))
                .ToArray();
            byWeek[Math.Min(Weeks - 1, (int)(window.StartMs / SimTime.MsPerWeek))] += ended.Length;
            cohort.Apply(ended, tick, window.EndMs);
            cohort.TakeTickCounters();
        }
        return (cohort, byWeek);
    }

    [Fact]
    public void NothingFound_WithTheRules_MostOfThePoolLeavesWithinEightWeeks_AndFarFewerThanWithout()
    {
        var with = NothingEverFound(World(Rules)).Cohort.Records();
        var without = NothingEverFound(World(p => p)).Cohort.Records();

        var leftWith = with.Count(r => r.Status == WorkerStatus.Left);
        var leftWithout = without.Count(r => r.Status == WorkerStatus.Left);
        Assert.True(leftWith > 0.8 * with.Length, $"{leftWith} of {with.Length} left with the rules");
        Assert.True(leftWithout < 0.3 * without.Length, $"{leftWithout} of {without.Length} left without them");
    }

    [Fact]
    public void NothingFound_WithDiscouragement_ChecksFallWeekByWeek()
    {
        var (_, checks) = NothingEverFound(World(p => p with { Churn = null, Discouragement = DiscouragementSpec.Default }));
        var (_, polling) = NothingEverFound(World(p => p with { Churn = null }));

        // Discouraged workers still look about once a day, when they wake (a check due in their sleep moves to their waking).
        Assert.True(checks[^1] < 0.6 * checks[0], $"weekly checks {string.Join(", ", checks)}");
        Assert.True(checks[^1] < 0.6 * polling[^1], $"weekly checks {string.Join(", ", checks)}; without discouragement {string.Join(", ", polling)}");
        Assert.True(polling[^1] > 0.8 * polling[0], $"weekly checks without discouragement {string.Join(", ", polling)}");
    }

    [Fact]
    public void NothingFound_WithAdaptation_ReservationWagesFallButStayAtOrAboveTheFloor()
    {
        var records = NothingEverFound(World(p => p with { Churn = null, Adaptation = AdaptationSpec.Default })).Cohort.Records();

        Assert.All(records, r => Assert.InRange(r.FinalReservationUsdPerHour, AdaptationSpec.Default.FloorShare * r.ReservationUsdPerHour * (1 - 1e-12), r.ReservationUsdPerHour));
        Assert.True(records.Count(r => r.FinalReservationUsdPerHour < 0.9 * r.ReservationUsdPerHour) > 0.9 * records.Length);
    }

    /// <summary>
    /// The whole world with the US pool asking 100 times the going rate: on the open marketplace they
    /// find nothing acceptable, so under the rules they thin out and check less; without, they stay.
    /// </summary>
    [Fact]
    [Trait("Category", "Validation")]
    public void HighReservationPool_InTheWholeWorld_ShrinksWithTheRulesAndNotWithout()
    {
        static ScenarioSpec Picky(Func<WorkerPoolSpec, WorkerPoolSpec> rules)
        {
            var spec = new ScenarioBuilder().Days(7 * Weeks).TickMinutes(60).Workers(120, 60).TasksPerDay(600).Build();
            var us = spec.WorkerPools[0] with { Platforms = ["market"], ReservationWageMedianUsd = 700, ReservationWageSigma = 0.2 };
            return spec with { WorkerPools = [rules(us), spec.WorkerPools[1]] };
        }
        var (_, _, with) = SimulationRun.Of(Picky(Rules));
        var (_, _, without) = SimulationRun.Of(Picky(p => p));

        int Stayed(WorkerRecord[] workers) => workers.Count(w => w.Pool == 0 && w.Status == WorkerStatus.Active);
        long Checks(WorkerRecord[] workers) => workers.Where(w => w.Pool == 0).Sum(w => w.Checks);
        Assert.True(Stayed(with) < 0.2 * 120, $"{Stayed(with)} stayed with the rules");
        Assert.True(Stayed(without) > 0.7 * 120, $"{Stayed(without)} stayed without them");
        Assert.True(Checks(with) < 0.5 * Checks(without), $"{Checks(with)} checks with the rules, {Checks(without)} without");
    }

    /// <summary>Any generated busy scenario with the rules on every pool: the books balance every tick (checked by the run), reservation wages stay finite and at or above the floor, and nobody who left comes back.</summary>
    [Fact]
    [Trait("Category", "Validation")]
    public void GeneratedScenarios_WithTheRules_KeepBoundsAndConservation_AndExitIsFinal()
    {
        var gen =
            from spec in BusyScenarios.Spec
            from rate in Gen.Double[0, 1]
            from floor in Gen.Double[0, 1]
            from lengthening in Gen.Double[0, 2]
            from max in Gen.Double[1, 10]
            from recovery in Gen.Double[0, 1]
            from exit in Gen.Double[0, 1]
            select spec with
            {
                WorkerPools = [.. spec.WorkerPools.Select(p => p with
                {
                    Adaptation = new AdaptationSpec(rate, floor),
                    Discouragement = new DiscouragementSpec(lengthening, max, recovery),
                    Churn = (p.Churn ?? ChurnSpec.Default) with { NoEarningsExit = exit },
                })],
            };
        gen.Sample(spec =>
        {
            var sim = new LocalSimulation(spec, 25);
            var left = new HashSet<int>();
            for (var t = 0; t < spec.Ticks; t++)
            {
                sim.Step();
                Assert.Empty(Metrics.Conservation.Violations(sim.Totals));
                if (t % 24 != 23 && t != spec.Ticks - 1)
                    continue;
                foreach (var w in sim.WorkerRecords())
                {
                    var floor = spec.WorkerPools[w.Pool].Adaptation!.FloorShare * w.ReservationUsdPerHour;
                    Assert.True(double.IsFinite(w.FinalReservationUsdPerHour) && w.FinalReservationUsdPerHour >= floor * (1 - 1e-12),
                        $"worker {w.WorkerId}: reservation {w.FinalReservationUsdPerHour} below {floor}");
                    if (left.Contains(w.WorkerId))
                        Assert.Equal(WorkerStatus.Left, w.Status);
                    else if (w.Status == WorkerStatus.Left)
                        left.Add(w.WorkerId);
                }
            }
        }, iter: 25, threads: 1);
    }
}
