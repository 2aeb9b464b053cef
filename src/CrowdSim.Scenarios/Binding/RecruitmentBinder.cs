using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios.Binding;

/// <summary>Binds a worker pool's <c>recruitment</c> funnel: regular intakes through an unpaid boot camp.</summary>
internal static class RecruitmentBinder
{
    public const string Key = "recruitment";

    private const double MinutesPerDay = 24 * 60;

    private static readonly string[] Keys = ["every", "recruits", "bootcampHours", "dropOut"];

    public static RecruitmentSpec? Bind(NodeReader pool)
    {
        if (pool.Mapping(Key, Keys) is not { } recruitment)
            return null;
        var everyMinutes = recruitment.RequiredValue("every", Formats.PositiveDuration);
        return new RecruitmentSpec(
            everyMinutes / MinutesPerDay ?? 1,
            (int)(recruitment.RequiredInteger("recruits", Limits.Between(1, ScenarioBinder.MaxWorkers)) ?? 1),
            recruitment.RequiredNumber("bootcampHours", Limits.NonNegative) ?? 0,
            recruitment.RequiredValue("dropOut", Formats.Share) ?? 0);
    }

    /// <summary>
    /// At most how many intakes a run of <paramref name="days"/> days holds: ⌈days ÷ every⌉. An upper
    /// bound, for checking the size of a run before it starts.
    /// </summary>
    public static long Intakes(RecruitmentSpec recruitment, int days)
    {
        // Back to whole minutes, so that e.g. 30 days every 10 days is exactly 3 intakes.
        var everyMinutes = Math.Max(1, (long)Math.Round(recruitment.EveryDays * MinutesPerDay));
        var runMinutes = days * (long)MinutesPerDay;
        return (runMinutes + everyMinutes - 1) / everyMinutes;
    }
}
