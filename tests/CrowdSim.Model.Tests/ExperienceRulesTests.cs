using CrowdSim.Model.Scenario;
using CrowdSim.Model.Workers;

namespace CrowdSim.Model.Tests;

/// <summary>The pure rules of experience: reservation update, discouragement schedule, exit hazard.</summary>
public class ExperienceRulesTests
{
    private static readonly AdaptationSpec Adapt = new(0.1, 0.5);
    private static readonly DiscouragementSpec Discourage = new(0.25, 4, 0.5);

    [Fact]
    public void NextRecentWage_IsTheWeightedAverageOfTheOldAndTheWeek() =>
        Assert.Equal(((1 - ModelDefaults.RecentWageWeeklyWeight) * 10) + (ModelDefaults.RecentWageWeeklyWeight * 2), ExperienceRules.NextRecentWage(10, 2), 12);

    [Fact]
    public void NextReservation_MovesTheRateOfTheGapTowardTheRecentWage()
    {
        Assert.Equal(9.2, ExperienceRules.NextReservation(Adapt, 10, 2, 10), 12);   // down
        Assert.Equal(11.0, ExperienceRules.NextReservation(Adapt, 10, 20, 10), 12); // up
    }

    [Fact]
    public void NextReservation_NeverFallsBelowTheFloorShareOfTheStart() =>
        Assert.Equal(5.0, ExperienceRules.NextReservation(Adapt, 5.1, 0, 10), 12);

    [Fact]
    public void NextReservation_NeverRisesAboveThreeTimesTheStart() =>
        Assert.Equal(30.0, ExperienceRules.NextReservation(new AdaptationSpec(1, 0.5), 29, 1000, 10), 12);

    [Fact]
    public void NextReservation_WithAZeroStart_StaysZero() =>
        Assert.Equal(0.0, ExperienceRules.NextReservation(Adapt, 0, 5, 0));

    [Fact]
    public void NextCheckFactor_LengthensAfterFruitlessChecks_UpToTheMaximum()
    {
        var factor = 1.0;
        var seen = new List<double>();
        for (var k = 0; k < 10; k++)
        {
            factor = ExperienceRules.NextCheckFactor(Discourage, factor, productive: false);
            seen.Add(factor);
        }
        Assert.Equal(1.25, seen[0], 12);
        Assert.Equal(1.5625, seen[1], 12);
        Assert.Equal(4.0, seen[^1], 12);
        Assert.True(seen.Zip(seen.Skip(1)).All(p => p.Second >= p.First));
    }

    [Fact]
    public void NextCheckFactor_ShortensBackTowardOneAfterProductiveChecks()
    {
        Assert.Equal(2.5, ExperienceRules.NextCheckFactor(Discourage, 4, productive: true), 12);
        Assert.Equal(1.0, ExperienceRules.NextCheckFactor(Discourage, 1, productive: true), 12);
    }

    [Fact]
    public void ExitProbability_WithoutTheNoEarningsExit_IsTheOldHazard() =>
        Assert.Equal(Math.Min(1, 0.01 * (1 + (2 * 0.5))), ExperienceRules.ExitProbability(new ChurnSpec(0.01, 2), 0.5, 0, 10));

    [Fact]
    public void ExitProbability_RisesWithScarcity_AndReachesTheExitShareAtNoEarnings()
    {
        var churn = new ChurnSpec(0.01, 2) { NoEarningsExit = 0.5 };
        var paid = ExperienceRules.ExitProbability(churn, 0, 10, 10);
        var half = ExperienceRules.ExitProbability(churn, 0, 5, 10);
        var none = ExperienceRules.ExitProbability(churn, 0, 0, 10);
        Assert.Equal(0.01, paid, 12);
        Assert.Equal(1 - (0.99 * (1 - (0.5 * 0.25))), half, 12);
        Assert.Equal(1 - (0.99 * 0.5), none, 12);
    }

    [Fact]
    public void ExitProbability_StaysAProbability()
    {
        var churn = new ChurnSpec(1, 5) { NoEarningsExit = 1 };
        Assert.Equal(1.0, ExperienceRules.ExitProbability(churn, 1, 0, 10), 12);
        Assert.InRange(ExperienceRules.ExitProbability(churn with { WeeklyHazard = 0 }, 1, 100, 10), 0, 1);
    }
}
