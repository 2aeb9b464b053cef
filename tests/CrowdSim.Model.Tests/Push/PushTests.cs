using CrowdSim.Model.Labs;
using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Model.Time;
using CrowdSim.Model.Workers;
using CrowdSim.Testing;

namespace CrowdSim.Model.Tests.Push;

/// <summary>Push notifications (issue 15, item 7; docs/MODEL.md "Notifications").</summary>
public class PushTests
{
    private const int AlertTick = 4 * 24 * 4 + (14 * 4); // day 4, 14:00 UTC: daytime in the US and in Kenya
    private static readonly long AlertMs = (AlertTick * 15 * SimTime.MsPerMinute) + SimTime.MsPerMinute;

    private static ScenarioSpec Spec(PushSpec? push, bool notifications = true) =>
        new ScenarioBuilder().Build() is var spec
            ? spec with { Platforms = [.. spec.Platforms.Select(p => p with { Notifications = notifications, Push = push })] }
            : spec;

    /// <summary>Runs a cohort of every worker to the alert tick (every session ends at once), then the alert tick with an alert on every platform and region; the claims made at the alert's moment.</summary>
    private static int ClaimsAtTheAlert(ScenarioSpec spec)
    {
        var cohort = new WorkerCohort(spec, 0, spec.WorkerCount);
        var regions = spec.Regions.Count;
        for (var tick = 0; tick <= AlertTick; tick++)
        {
            var window = TickWindow.Of(spec, tick);
            var claims = spec.Platforms.Select(_ => new List<WorkerClaim>()).ToArray();
            PushAlerts? alerts = null;
            if (tick == AlertTick)
                alerts = new PushAlerts(Enumerable.Repeat(AlertMs, spec.Platforms.Count * regions).ToArray(), regions);
            cohort.CollectClaims(tick, window.EndMs, claims, alerts);
            var mine = claims.SelectMany(c => c).ToArray();
            if (tick == AlertTick)
                return mine.Count(c => c.AtMs == AlertMs);
            cohort.Apply([.. mine.Select(c => new WorkerOutcome(c.WorkerId, OutcomeKind.SessionEnded, c.AtMs, c.AtMs, 0))], tick, window.EndMs);
        }
        throw new InvalidOperationException("unreachable");
    }

    [Fact]
    public void Alert_SeenByEveryone_WithNoDelay_BringsWaitingWorkersToTheWorkAtOnce()
    {
        var all = ClaimsAtTheAlert(Spec(new PushSpec(Seen: 1, DelayMinutes: 0, DelaySigma: 0)));
        // The 100 workers are awake at 14:00 UTC (09:00 in the US, 17:00 in Kenya) and waiting (every
        // session ended at once); only one whose own check fell in the alert's first minute would not move.
        Assert.InRange(all, 95, 100);
    }

    [Fact]
    public void Alert_SeenByNobody_OrNotificationsOff_OrNoPush_ChangesNothing()
    {
        Assert.Equal(0, ClaimsAtTheAlert(Spec(new PushSpec(Seen: 0, DelayMinutes: 0, DelaySigma: 0))));
        Assert.Equal(0, ClaimsAtTheAlert(Spec(new PushSpec(Seen: 1, DelayMinutes: 0, DelaySigma: 0), notifications: false)));
        Assert.Equal(0, ClaimsAtTheAlert(Spec(push: null)));
    }

    [Fact]
    public void Alert_SeenWithAChance_ReachesAboutThatShare()
    {
        var all = ClaimsAtTheAlert(Spec(new PushSpec(Seen: 1, DelayMinutes: 0, DelaySigma: 0)));
        var half = ClaimsAtTheAlert(Spec(new PushSpec(Seen: 0.5, DelayMinutes: 0, DelaySigma: 0)));
        // Binomial(all, 0.5): within four standard deviations.
        var sd = Math.Sqrt(all * 0.25);
        Assert.InRange(half, (all / 2.0) - (4 * sd), (all / 2.0) + (4 * sd));
    }

    [Fact]
    public void Alert_WithADelay_BringsChecksForwardButNotToTheAlertItself()
    {
        Assert.Equal(0, ClaimsAtTheAlert(Spec(new PushSpec(Seen: 1, DelayMinutes: 5, DelaySigma: 0))));
    }

    [Fact]
    public void LabDemand_ReportsLaunchesOnPushingPlatforms_ToTheRegionsPaidForThem()
    {
        var spec = Spec(new PushSpec());
        var lab = new LabDemand(spec, 0);
        var regions = spec.Regions.Count;
        var crowd = spec.PlatformIndex("crowd");
        var launches = 0;
        for (var tick = 0; tick < 28 * 96; tick++)
        {
            var window = TickWindow.Of(spec, tick);
            var output = lab.Generate(tick, window.StartMs, window.EndMs);
            var first = output.FirstPostedMs!;
            Assert.Equal(spec.Platforms.Count * regions, first.Length);
            var launch = output.Projects.Where(p => p.TaskType == spec.TaskTypeIndex("bbox")).Select(p => p.AtMs).DefaultIfEmpty(long.MaxValue).Min();
            // The bbox line goes through tasklane, which pays both regions on the crowd platform; the
            // market's rating line has no launches, so the market is never alerted.
            for (var r = 0; r < regions; r++)
            {
                Assert.Equal(launch, first[(crowd * regions) + r]);
                Assert.Equal(long.MaxValue, first[(spec.PlatformIndex("market") * regions) + r]);
            }
            launches += launch == long.MaxValue ? 0 : 1;
        }
        Assert.True(launches >= 2, $"{launches} launches in four weeks");
    }

    [Fact]
    public void LabDemand_WithoutAPushingPlatform_ReportsNothing()
    {
        var spec = Spec(push: null);
        var output = new LabDemand(spec, 0).Generate(0, 0, 15 * SimTime.MsPerMinute);
        Assert.Null(output.FirstPostedMs);
    }

    [Fact]
    public void PushAlerts_Merge_TakesTheEarliestPostingOfEachCell()
    {
        var spec = Spec(new PushSpec());
        var none = long.MaxValue;
        var a = new DemandReport(new LabCounters(), [], [none, 5, 9, none]);
        var b = new DemandReport(new LabCounters(), [], [none, 7, 3, none]);
        var merged = PushAlerts.Merge(spec, [a, b, new DemandReport(new LabCounters(), [])])!;
        Assert.Equal([none, 5L, 3L, none], merged.FirstPostedMs);
        Assert.Equal(3, merged.At(1, 0));
        Assert.Null(PushAlerts.Merge(spec, [new DemandReport(new LabCounters(), [], [none, none, none, none])]));
    }
}
