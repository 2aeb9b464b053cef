using CrowdSim.Model.Labs;
using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;

namespace CrowdSim.Model.Tests;

public class LabDemandRequesterTests
{
    private const int RatingLine = 1;
    private const int TicksPerWeek = 7 * 96;

    // The builder's rating line posts directly on the open marketplace (fee 20%); split it among requesters.
    private static ScenarioSpec WithRequesters(RequestersSpec requesters, double tasksPerDay = 300, ulong seed = 7)
    {
        var spec = new ScenarioBuilder().Days(7).Seed(seed).Build();
        var lab = spec.Labs[0];
        var rating = lab.Demand[RatingLine] with { TasksPerDay = tasksPerDay, Requesters = requesters };
        return spec with { Labs = [lab with { Demand = [lab.Demand[0], rating] }] };
    }

    private static List<PostedTask> RatingTasksOver(ScenarioSpec spec, int ticks)
    {
        var lab = new LabDemand(spec, 0);
        var tasks = new List<PostedTask>();
        for (var tick = 0; tick < ticks; tick++)
        {
            var window = TickWindow.Of(spec, tick);
            tasks.AddRange(lab.Generate(tick, window.StartMs, window.EndMs).ByPlatform[0]);
        }
        return tasks;
    }

    [Fact]
    public void Requesters_WeightsSumToOne_AndNegativeCorrelationPutsVolumeOnLowerPay()
    {
        var spec = WithRequesters(new RequestersSpec(200, 6.0, 0.8, 1.0, -0.6));
        var requesters = new LabDemand(spec, 0).Requesters(RatingLine);

        Assert.Equal(200, requesters.Count);
        Assert.Equal(1.0, requesters.Sum(r => r.Weight), 12);
        var unweighted = requesters.Average(r => r.HourlyPayUsd);
        var weighted = requesters.Sum(r => r.Weight * r.HourlyPayUsd);
        Assert.True(weighted < unweighted * 0.9, $"volume-weighted mean {weighted:F3} should be well below the unweighted {unweighted:F3}");
    }

    [Fact]
    public void Requesters_PositiveCorrelation_PutsVolumeOnHigherPay()
    {
        var spec = WithRequesters(new RequestersSpec(200, 6.0, 0.8, 1.0, 0.6));
        var requesters = new LabDemand(spec, 0).Requesters(RatingLine);

        Assert.True(requesters.Sum(r => r.Weight * r.HourlyPayUsd) > requesters.Average(r => r.HourlyPayUsd));
    }

    [Fact]
    public void Requesters_RewardIsHourlyPayTimesMeanMinutes_EscrowAddsTheFee()
    {
        var spec = WithRequesters(new RequestersSpec(50, 6.0, 0.8, 1.0, -0.5));
        var requesters = new LabDemand(spec, 0).Requesters(RatingLine);

        for (var r = 0; r < requesters.Count; r++)
        {
            var profile = requesters[r];
            Assert.Equal(QueueKey.RequesterKey(RatingLine, r), profile.Key);
            Assert.Equal(Money.FromUsd(profile.HourlyPayUsd * 10.0 / 60.0), profile.RewardMicros);
            Assert.Equal(profile.RewardMicros + Money.Share(profile.RewardMicros, 0.2), profile.EscrowMicros);
            Assert.Equal(300 * profile.Weight, profile.TasksPerDay, 9);
        }
    }

    [Fact]
    public void Requesters_AreTheSameForTheSameSeed_AndDifferForAnother()
    {
        var requesters = new RequestersSpec(20, 6.0, 0.8, 1.0, -0.5);
        var first = new LabDemand(WithRequesters(requesters), 0).Requesters(RatingLine);
        var again = new LabDemand(WithRequesters(requesters), 0).Requesters(RatingLine);
        var other = new LabDemand(WithRequesters(requesters, seed: 8), 0).Requesters(RatingLine);

        Assert.Equal(first, again);
        Assert.NotEqual(first.Select(r => r.RewardMicros), other.Select(r => r.RewardMicros));
    }

    [Fact]
    public void Requesters_OnLinesWithoutThem_AreEmpty()
    {
        var lab = new LabDemand(new ScenarioBuilder().Build(), 0);

        Assert.Empty(lab.Requesters(0));
        Assert.Empty(lab.Requesters(RatingLine));
    }

    [Fact]
    public void Generate_RequesterTasks_CarryTheirRequesterKeyRewardAndEscrow()
    {
        var spec = WithRequesters(new RequestersSpec(50, 6.0, 0.8, 1.0, -0.5), tasksPerDay: 2000);
        var profiles = new LabDemand(spec, 0).Requesters(RatingLine).ToDictionary(r => r.Key);
        var tasks = RatingTasksOver(spec, 96);

        Assert.True(tasks.Count > 1000);
        Assert.All(tasks, t =>
        {
            var profile = profiles[t.Requester];
            Assert.Equal(profile.RewardMicros, t.RewardMicros);
            Assert.Equal(profile.EscrowMicros, t.EscrowMicros);
            Assert.Equal(-1, t.Vendor);
            Assert.Equal(1, t.TaskType);
        });
        Assert.True(tasks.Select(t => t.Requester).Distinct().Count() >= 40);
    }

    [Fact]
    public void Generate_SequenceNumbersFollowTimeAcrossRequesters()
    {
        var spec = WithRequesters(new RequestersSpec(50, 6.0, 0.8, 1.0, -0.5), tasksPerDay: 20_000);
        var lab = new LabDemand(spec, 0);
        var window = TickWindow.Of(spec, 60);
        var tasks = lab.Generate(60, window.StartMs, window.EndMs).ByPlatform[0];

        Assert.True(tasks.Select(t => t.Requester).Distinct().Count() > 10);
        Assert.Equal(tasks.OrderBy(t => t.Id).Select(t => t.PostedMs), tasks.Select(t => t.PostedMs).Order());
        Assert.Equal(Enumerable.Range(0, tasks.Count).Select(seq => TaskIds.Make(60, 0, RatingLine, seq)), tasks.Select(t => t.Id));
    }

    [Fact]
    public void Generate_OverAWeek_RequestersTogetherPostTheLineRate()
    {
        var spec = WithRequesters(new RequestersSpec(50, 6.0, 0.8, 1.0, -0.5), tasksPerDay: 5000);
        var posted = RatingTasksOver(spec, TicksPerWeek).Count;

        // Daily cosine averages to 1; weekend factor 0.6 on 2 of 7 days; the rating line has no launches.
        var expected = 5000 * (5 + (2 * 0.6));
        Assert.InRange(posted, expected * 0.97, expected * 1.03);
    }

    [Fact]
    public void Generate_OverAWeek_EachRequesterPostsItsWeight()
    {
        var spec = WithRequesters(new RequestersSpec(4, 6.0, 0.8, 1.0, -0.5), tasksPerDay: 5000);
        var requesters = new LabDemand(spec, 0).Requesters(RatingLine);
        var tasks = RatingTasksOver(spec, TicksPerWeek);

        foreach (var profile in requesters)
        {
            var share = tasks.Count(t => t.Requester == profile.Key) / (double)tasks.Count;
            Assert.InRange(share, profile.Weight - 0.01, profile.Weight + 0.01);
        }
    }

    [Fact]
    public void Constructor_RequestersOnAVendorLine_Throws()
    {
        var spec = new ScenarioBuilder().Build();
        var lab = spec.Labs[0];
        var bbox = lab.Demand[0] with { Requesters = new RequestersSpec(5, 6.0, 0.8, 1.0, -0.5) };
        var bad = spec with { Labs = [lab with { Demand = [bbox, lab.Demand[1]] }] };

        Assert.Throws<ArgumentException>(() => new LabDemand(bad, 0));
    }
}
