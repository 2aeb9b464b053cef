using CrowdSim.Model.Labs;
using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Model.Workers;
using CrowdSim.Testing.Generators;
using CsCheck;

namespace CrowdSim.Model.Tests.Access;

/// <summary>
/// For any generated busy world with access rules on its requesters, no task is ever taken by a worker
/// its requester does not allow: checked on the task log (who took which task, when) against the
/// claims the workers made, independently of the eligibility check the market runs.
/// </summary>
public class AccessPropertyTests
{
    private static readonly Gen<ScenarioSpec> WithAccess =
        from spec in BusyScenarios.Spec
        from restrictShare in BusyScenarios.Share
        from gateShare in BusyScenarios.Share
        from minApproved in Gen.Long[0, 8]
        from priorMedian in Gen.Double[0, 10]
        select Apply(spec, restrictShare, gateShare, minApproved, priorMedian);

    private static ScenarioSpec Apply(ScenarioSpec spec, double restrictShare, double gateShare, long minApproved, double priorMedian) =>
        spec.WithAccess(new RegionRestrictionSpec([spec.Regions[0].Id], restrictShare), new ApprovalGateSpec(minApproved, gateShare)) with
        {
            Events = [],
            WorkerPools = [.. spec.WorkerPools.Select((p, i) => i % 2 == 0 ? p with { PriorApproved = new PriorApprovedSpec(priorMedian, 1.0) } : p)],
        };

    [Fact]
    [Trait("Category", "Validation")]
    public void NoTask_IsEverTaken_ByAWorkerItsRequesterDoesNotAllow()
    {
        WithAccess.Sample(spec => Assert.Equal(0, Violations(spec)), iter: 25, threads: 1);
    }

    /// <summary>
    /// Runs labs, one cohort and the platforms by hand (no vendors' rates, no events), keeping every
    /// task's requester and every worker's claims; counts takes the requester's rule forbids.
    /// </summary>
    private static int Violations(ScenarioSpec spec)
    {
        var labs = spec.Labs.Select((_, l) => new LabDemand(spec, l)).ToArray();
        var cohort = new WorkerCohort(spec, 0, spec.WorkerCount);
        var markets = spec.Platforms.Select((_, p) => new PlatformMarket(spec, p, Math.Max(1, spec.WorkerCount), recordTaskEvents: true)).ToArray();
        var requesterOf = new Dictionary<long, (int Lab, int Requester)>();
        var claimsOf = new Dictionary<int, List<WorkerClaim>>();
        var violations = 0;
        for (var tick = 0; tick < spec.Ticks; tick++)
        {
            var window = TickWindow.Of(spec, tick);
            for (var l = 0; l < labs.Length; l++)
            {
                var output = labs[l].Generate(tick, window.StartMs, window.EndMs);
                for (var p = 0; p < markets.Length; p++)
                {
                    foreach (var task in output.ByPlatform[p])
                        requesterOf[task.Id] = (task.Lab, task.Requester);
                    markets[p].Enqueue(output.ByPlatform[p]);
                }
            }
            var claims = markets.Select(_ => new List<WorkerClaim>()).ToArray();
            cohort.CollectClaims(tick, window.EndMs, claims);
            for (var p = 0; p < markets.Length; p++)
            {
                foreach (var claim in claims[p])
                    (claimsOf.TryGetValue(claim.WorkerId, out var list) ? list : claimsOf[claim.WorkerId] = []).Add(claim);
                markets[p].AddClaims(claims[p]);
            }
            foreach (var market in markets)
            {
                var result = market.RunTick(window.StartMs, window.EndMs);
                foreach (var batch in result.OutcomesByCohort)
                    cohort.Apply(batch.Outcomes, tick, window.EndMs);
                foreach (var e in result.TaskEvents)
                {
                    if (e.Kind != TaskEventKind.Taken || !requesterOf.TryGetValue(e.TaskId, out var poster) || poster.Requester < 0)
                        continue;
                    var claim = claimsOf[e.WorkerId].Last(c => c.AtMs <= e.AtMs);
                    var access = RequesterAccess.For(spec, poster.Lab, poster.Requester / QueueKey.RequestersPerLine, poster.Requester % QueueKey.RequestersPerLine);
                    if (!access.Allows(claim.Region, claim.Approved))
                        violations++;
                }
            }
            MetricsReport.Close(cohort);
        }
        return violations;
    }
}
