namespace CrowdSim.Model.Scenario;

/// <summary>A country or region workers live in: its clock, its legal wage floor and its nights.</summary>
/// <param name="Id">Identifier used in the scenario file, e.g. <c>kenya</c>.</param>
/// <param name="UtcOffsetMinutes">Local time minus UTC, in minutes (Kenya +180, US Eastern -300).</param>
/// <param name="MinimumWageUsdPerHour">Local minimum wage converted to USD per hour.</param>
/// <param name="SleepStartMinute">Usual start of sleep, minutes after local midnight.</param>
/// <param name="SleepEndMinute">Usual end of sleep, minutes after local midnight.</param>
public sealed record RegionSpec(
    string Id,
    int UtcOffsetMinutes,
    double MinimumWageUsdPerHour,
    int SleepStartMinute,
    int SleepEndMinute)
{
    /// <summary>
    /// The currency pay is quoted in locally (ISO 4217 code, e.g. <c>KES</c>), or null. The model runs in
    /// USD throughout: amounts given in this currency are converted at load with <see cref="UsdPerUnit"/>.
    /// </summary>
    public string? Currency { get; init; }

    /// <summary>USD per unit of <see cref="Currency"/> (the exchange rate the scenario assumes), or null.</summary>
    public double? UsdPerUnit { get; init; }
}
