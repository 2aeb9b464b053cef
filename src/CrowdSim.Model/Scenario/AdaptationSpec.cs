namespace CrowdSim.Model.Scenario;

/// <summary>
/// Experience-driven reservation wages: at each week's end a worker who gave the platform time
/// moves their reservation wage a share <paramref name="WeeklyRate"/> of the way toward their
/// smoothed recent effective wage (earnings ÷ time given, searching included), downward after weeks
/// that found nothing acceptable and upward after weeks that paid well; never below
/// <paramref name="FloorShare"/> × their starting value, nor above three times it.
/// </summary>
/// <param name="WeeklyRate">Share of the gap to the recent wage closed each week (0-1).</param>
/// <param name="FloorShare">Lower bound as a share of the worker's starting reservation wage (0-1).</param>
public sealed record AdaptationSpec(double WeeklyRate, double FloorShare)
{
    public static readonly AdaptationSpec Default = new(ModelDefaults.AdaptationRecentRate, ModelDefaults.AdaptationFloorShare);
}
