using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Workers;

/// <summary>
/// The pure rules by which a crowd worker's experience moves their reservation wage, their check
/// habit and their chance of leaving (see docs/MODEL.md, "Experience: adaptation, discouragement
/// and exit").
/// </summary>
public static class ExperienceRules
{
    /// <summary>The smoothed recent effective wage after a week in which the worker gave time and earned <paramref name="weekWage"/> an hour.</summary>
    public static double NextRecentWage(double recent, double weekWage) =>
        ((1 - ModelDefaults.RecentWageWeeklyWeight) * recent) + (ModelDefaults.RecentWageWeeklyWeight * weekWage);

    /// <summary>The reservation wage moved toward the recent wage, within [floor × start, 3 × start].</summary>
    public static double NextReservation(AdaptationSpec rule, double reservation, double recentWage, double starting)
    {
        var moved = reservation + (rule.WeeklyRate * (recentWage - reservation));
        return Math.Clamp(moved, Math.Max(0, rule.FloorShare * starting), Math.Max(0, 3 * starting));
    }

    /// <summary>The multiple of the pool's check interval after a check that found work (<paramref name="productive"/>) or not.</summary>
    public static double NextCheckFactor(DiscouragementSpec rule, double factor, bool productive) =>
        productive
            ? 1 + ((factor - 1) * (1 - rule.Recovery))
            : Math.Min(rule.MaxFactor, factor * (1 + rule.Lengthening));

    /// <summary>
    /// The week's probability of leaving: the base hazard raised by the week's shortfall against the
    /// reservation wage, and, independently, the no-earnings exit scaled by the square of the
    /// recent wage's scarcity against the starting reservation wage.
    /// </summary>
    public static double ExitProbability(ChurnSpec churn, double weekShortfall, double recentWage, double starting)
    {
        var baseHazard = Math.Min(1, churn.WeeklyHazard * (1 + (churn.LowEarningsMultiplier * weekShortfall)));
        if (churn.NoEarningsExit <= 0 || starting <= 0)
            return baseHazard;
        var scarcity = Math.Clamp(1 - (recentWage / starting), 0, 1);
        var extra = churn.NoEarningsExit * scarcity * scarcity;
        return 1 - ((1 - baseHazard) * (1 - extra));
    }
}
