using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Model.Time;
using CrowdSim.Model.Workers;

namespace CrowdSim.Model.Tests;

public class WorkerCohortTests
{
    private static List<WorkerClaim>[] NewClaims(ScenarioSpec spec) => spec.Platforms.Select(_ => new List<WorkerClaim>()).ToArray();

    /// <summary>Runs check-ins for a day, ending every session at once (no work), and returns all claims.</summary>
    private static List<WorkerClaim> ClaimsOverDays(ScenarioSpec spec, WorkerCohort cohort, int days)
    {
        var all = new List<WorkerClaim>();
        var ticks = days * 24 * 60 / spec.TickMinutes;
        for (var tick = 0; tick < ticks; tick++)
        {
            var window = TickWindow.Of(spec, tick);
            var claims = NewClaims(spec);
            cohort.CollectClaims(tick, window.EndMs, claims);
            var mine = claims.SelectMany(c => c).ToArray();
            all.AddRange(mine);
            cohort.Apply(mine.Select(c => new WorkerOutcome(c.WorkerId, OutcomeKind.SessionEnded, c.AtMs, c.AtMs, 0)).ToArray(), tick, window.EndMs);
        }
        return all;
    }

    [Fact]
    public void CollectClaims_WorkersWhoAreNotNightCheckers_NeverCheckWhileAsleep()
    {
        var spec = new ScenarioBuilder().Build();
        var cohort = new WorkerCohort(spec, 0, spec.WorkerCount);
        var records = cohort.Records();
        var claims = ClaimsOverDays(spec, cohort, 3);
        var sleepers = records.Where(r => !r.NightChecker).Select(r => r.WorkerId).ToHashSet();
        var after = cohort.Records();
        Assert.All(after.Where(r => sleepers.Contains(r.WorkerId)), r => Assert.Equal(0, r.NightChecks));
        Assert.Contains(after, r => r.NightChecker && r.NightChecks > 0);
        Assert.True(claims.Count > spec.WorkerCount * 3 * 3, $"only {claims.Count} checks in 3 days");
    }

    [Fact]
    public void CollectClaims_ChecksAreNeverEarlierThanTheTickTheyAreDueIn()
    {
        var spec = new ScenarioBuilder().Build();
        var cohort = new WorkerCohort(spec, 0, spec.WorkerCount);
        for (var tick = 0; tick < 96; tick++)
        {
            var window = TickWindow.Of(spec, tick);
            var claims = NewClaims(spec);
            cohort.CollectClaims(tick, window.EndMs, claims);
            var mine = claims.SelectMany(c => c).ToArray();
            Assert.All(mine, c => Assert.InRange(c.AtMs, window.StartMs, window.EndMs - 1));
            cohort.Apply(mine.Select(c => new WorkerOutcome(c.WorkerId, OutcomeKind.SessionEnded, c.AtMs, c.AtMs, 0)).ToArray(), tick, window.EndMs);
        }
    }

    [Fact]
    public void Records_AWorkersProfile_DoesNotDependOnWhichCohortHoldsThem()
    {
        var spec = new ScenarioBuilder().Build();
        var whole = new WorkerCohort(spec, 0, 100).Records();
        var part = new WorkerCohort(spec, 57, 13).Records();
        Assert.Equal(whole.Skip(57).Take(13), part);
    }

    [Fact]
    public void Apply_ApprovedTask_CountsPaidTimeEarningsAndNight()
    {
        var spec = new ScenarioBuilder().Build();
        var cohort = new WorkerCohort(spec, 0, spec.WorkerCount);
        // Worker 50 is in Kenya (UTC+3): 20:00-21:00 UTC is 23:00-24:00 local, all night.
        var start = 20 * SimTime.MsPerHour;
        cohort.Apply([new WorkerOutcome(50, OutcomeKind.Approved, start, start + SimTime.MsPerHour, 123_456)], 80, 81 * 15 * SimTime.MsPerMinute);
        var record = cohort.Records()[50];
        Assert.Equal(SimTime.MsPerHour, record.PaidMs);
        Assert.Equal(SimTime.MsPerHour, record.NightMs);
        Assert.Equal(123_456, record.EarningsMicros);
        Assert.Equal(1, record.TasksApproved);
    }

    [Fact]
    public void CollectClaims_AWorkerOnTwoPlatforms_SplitsChecksBetweenThem()
    {
        var spec = new ScenarioBuilder().Days(4).Build();
        var cohort = new WorkerCohort(spec, 0, 40); // the US pool: members of both platforms
        var perPlatform = new int[spec.Platforms.Count];
        for (var tick = 0; tick < spec.Ticks; tick++)
        {
            var window = TickWindow.Of(spec, tick);
            var claims = NewClaims(spec);
            cohort.CollectClaims(tick, window.EndMs, claims);
            for (var p = 0; p < claims.Length; p++)
                perPlatform[p] += claims[p].Count;
            var mine = claims.SelectMany(c => c).ToArray();
            cohort.Apply(mine.Select(c => new WorkerOutcome(c.WorkerId, OutcomeKind.SessionEnded, c.AtMs, c.AtMs, 0)).ToArray(), tick, window.EndMs);
        }
        var share = perPlatform[0] / (double)perPlatform.Sum();
        Assert.InRange(share, 0.45, 0.55);
    }
}
