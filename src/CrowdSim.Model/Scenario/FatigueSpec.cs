namespace CrowdSim.Model.Scenario;

/// <summary>Error rates rise on long stretches: after <paramref name="OnsetHours"/> of continuous work, by <paramref name="ErrorIncreasePerHour"/> (relative) per further hour.</summary>
public sealed record FatigueSpec(double OnsetHours, double ErrorIncreasePerHour)
{
    public static readonly FatigueSpec Default = new(ModelDefaults.FatigueOnsetHours, ModelDefaults.FatigueErrorIncreasePerHour);
}
