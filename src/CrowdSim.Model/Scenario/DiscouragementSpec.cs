namespace CrowdSim.Model.Scenario;

/// <summary>
/// Check habits that respond to what checks find: after a check that found no acceptable work the
/// worker's interval between checks (day and night) is multiplied by 1 + <paramref name="Lengthening"/>,
/// up to <paramref name="MaxFactor"/> times the pool's value; after a check that found work the
/// excess over the pool's value shrinks by the share <paramref name="Recovery"/>.
/// </summary>
/// <param name="Lengthening">Relative lengthening of the interval after a fruitless check, 0 or more.</param>
/// <param name="MaxFactor">Largest multiple of the pool's interval, 1 or more.</param>
/// <param name="Recovery">Share of the excess over the pool's interval lost after a productive check (0-1).</param>
public sealed record DiscouragementSpec(double Lengthening, double MaxFactor, double Recovery)
{
    public static readonly DiscouragementSpec Default = new(
        ModelDefaults.DiscouragementLengthening, ModelDefaults.DiscouragementMaxFactor, ModelDefaults.DiscouragementRecovery);
}
