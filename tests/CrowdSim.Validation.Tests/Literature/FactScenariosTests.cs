using CrowdSim.DocGen;
using CrowdSim.Experiments.Statistics;
using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios;

namespace CrowdSim.Validation.Tests.Literature;

/// <summary>The stylised facts' scenarios: each contrast switches off its mechanism and nothing else it can see, and replications use the CLI's seeds.</summary>
[Trait(ValidationCategory.Name, ValidationCategory.Value)]
public sealed class FactScenariosTests
{
    private static ScenarioSpec Load(string name) => ScenarioLoader.LoadFile(LiteratureRuns.File(name));

    [Fact]
    public void Replicate_UsesTheScenariosSeedFirstThenTheReplicationSeeds()
    {
        var spec = Load("mturk-2015");

        var seeds = FactScenarios.Replicate(spec, 3).Select(s => s.Seed).ToArray();

        Assert.Equal([spec.Seed, ReplicationSeeds.For(spec.Seed, 1), ReplicationSeeds.For(spec.Seed, 2)], seeds);
    }

    [Fact]
    public void WithoutExperience_DropsGatesLearningAndPriorApprovalsAndTheListing()
    {
        var spec = FactScenarios.WithoutExperience(Load("mturk-2015"));

        Assert.All(spec.Platforms, p => Assert.Equal(SearchRule.Perfect, p.Search.Rule));
        Assert.All(spec.WorkerPools, p => Assert.Null(p.Learning));
        Assert.All(spec.WorkerPools, p => Assert.Null(p.PriorApproved));
        Assert.All(spec.Labs.SelectMany(l => l.Demand).Where(d => d.Requesters is not null), d => Assert.Null(d.Requesters!.ApprovalGate));
        Assert.All(spec.Labs.SelectMany(l => l.Demand).Where(d => d.Requesters is not null), d => Assert.NotNull(d.Requesters!.RestrictToRegions));
    }

    [Fact]
    public void WithoutRegionRestrictions_SetsEveryRestrictionsShareToZero()
    {
        var spec = FactScenarios.WithoutRegionRestrictions(Load("mturk-2015"));

        var restrictions = spec.Labs.SelectMany(l => l.Demand).Select(d => d.Requesters?.RestrictToRegions).OfType<RegionRestrictionSpec>().ToArray();
        Assert.NotEmpty(restrictions);
        Assert.All(restrictions, r => Assert.Equal(0.0, r.Share));
    }

    [Fact]
    public void WithoutResponsivePricing_FixesEveryVendorsRates()
    {
        var responsive = Load(ResponsivePayFact.Scenario);

        Assert.Contains(responsive.Vendors, v => v.Pricing is not null);
        Assert.All(FactScenarios.WithoutResponsivePricing(responsive).Vendors, v => Assert.Null(v.Pricing));
        Assert.Empty(responsive.Events.OfType<WageChange>());
        Assert.Equal(1097, ResponsivePayFact.ExitDay(responsive));
    }

    [Fact]
    public void NotificationsOnlyIn_LimitsEveryNotificationsPolicyToTheRegion()
    {
        var spec = FactScenarios.NotificationsOnlyIn(Load("notifications"), "india");

        var policies = spec.Events.OfType<PolicyChange>().Where(p => p.Policy == PolicyKind.Notifications).ToArray();
        Assert.NotEmpty(policies);
        Assert.All(policies, p => Assert.Equal("india", p.Region));
    }

    [Fact]
    public void WithProbes_AddsTwoRequestersPostingTheSameBatchesAtPAndTenPercentMore()
    {
        var mturk = Load("mturk-2015");

        var spec = MonopsonyFact.WithProbes(mturk);

        var low = spec.Labs[spec.LabIndex(MonopsonyFact.LowerLab)].Demand.Single();
        var high = spec.Labs[spec.LabIndex(MonopsonyFact.HigherLab)].Demand.Single();
        Assert.Equal(mturk.Labs.Count + 2, spec.Labs.Count);
        Assert.Equal(MonopsonyFact.PayRatio, high.PriceUsd / low.PriceUsd, 12);
        Assert.Equal(0.0, low.TasksPerDay);
        Assert.Null(low.Requesters);
        var batches = spec.Events.OfType<TaskSurge>().ToArray();
        Assert.Equal(batches.Count(b => b.Lab == MonopsonyFact.LowerLab), batches.Count(b => b.Lab == MonopsonyFact.HigherLab));
        var probe = spec.TaskTypes[spec.TaskTypeIndex(MonopsonyFact.ProbeType)];
        Assert.All(batches, b => Assert.InRange(b.AtMinute, mturk.Measure!.FromMinutes, mturk.Measure.ToMinutes - (long)(probe.ExpiryHours * 60)));
        Assert.Equal(mturk.Events.Count + batches.Length, spec.Events.Count);
    }

    [Fact]
    public void SpecsOf_RunsASharedReplicationOnce()
    {
        var facts = StylisedFacts.All(CalibrationFigures.Load());

        var specs = FactRuns.SpecsOf(facts);

        var sides = facts.SelectMany(f => f.Measures).SelectMany(m => new[] { m.With, m.Without }).Distinct<FactArm>(ReferenceEqualityComparer.Instance).Sum(a => a.Replications.Count);
        Assert.True(specs.Count < sides, $"{specs.Count} specs for {sides} replications of distinct sides");
        Assert.Equal(specs.Count, specs.Distinct(ReferenceEqualityComparer.Instance).Count());
    }
}
