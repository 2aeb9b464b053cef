using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Binding;

/// <summary>
/// Binds the top level of a scenario file. Sections are bound in dependency order (regions, task
/// types and platforms before the vendors, labs, workers and events that refer to them), whatever
/// their order in the file. A missing or invalid value is reported and replaced by a placeholder,
/// so binding can go on; the loader throws before a spec holding placeholders can escape.
/// </summary>
internal static class ScenarioBinder
{
    public const int MaxDays = 3650;
    public const long MaxTicks = 5_000_000;
    public const long MaxWorkers = 50_000_000;

    /// <summary>
    /// Most tasks a run's demand may add up to. A task costs the engine about a microsecond
    /// (bench/README.md), so this is hours of computing: a volume far past it is a slip of the pen
    /// (<c>tasksPerDay: 1e15</c>), refused before it runs for ever.
    /// </summary>
    public const double MaxTasks = 10_000_000_000;

    /// <summary>Most task types in a scenario: a worker's qualifications are kept as a 64-bit set.</summary>
    public const int MaxTaskTypes = 64;

    private const int MinutesPerDay = 24 * 60;

    /// <summary>The top-level keys; <c>replications</c> and <c>sweep</c> are bound by <see cref="ExperimentPlanBinder"/>.</summary>
    public static readonly string[] Keys =
    [
        "name", "seed", "days", "tickMinutes", "regions", "taskTypes", "platforms", "vendors", "labs", "workers", "events", MeasureBinder.Key,
        .. ExperimentPlanBinder.Keys,
    ];

    /// <summary>A reader of the top level, which reports unknown keys; for <see cref="Bind(NodeReader)"/> and <see cref="ExperimentPlanBinder"/>.</summary>
    public static NodeReader Read(YamlMappingNode root, ErrorLog errors) => new(root, errors, Keys);

    public static ScenarioSpec Bind(YamlMappingNode root, ErrorLog errors) => Bind(Read(root, errors));

    public static ScenarioSpec Bind(NodeReader top)
    {
        var context = new BindContext(top.Errors);
        var name = top.RequiredString("name") ?? "";
        var seed = top.RequiredValue("seed", Formats.Seed) ?? 0;
        var days = (int?)top.RequiredInteger("days", Limits.Between(1, MaxDays));
        var tickMinutes = top.Value("tickMinutes", Formats.TickMinutes) ?? ModelDefaults.TickMinutes;
        if (days is not null)
            CheckTicks(top, days.Value, tickMinutes);

        var regions = Section(top, "regions", required: true, node => RegionBinder.Bind(node, context));
        var taskTypes = Section(top, "taskTypes", required: true, node => TaskTypeBinder.Bind(node, context));
        CheckTaskTypeCount(top, taskTypes.Count);
        var platforms = Section(top, "platforms", required: true, node => PlatformBinder.Bind(node, context));
        var vendors = Section(top, "vendors", required: false, node => VendorBinder.Bind(node, context));
        var labs = Section(top, "labs", required: true, node => LabBinder.Bind(node, context));
        var workers = Section(top, "workers", required: true, node => WorkerPoolBinder.Bind(node, context));
        var events = EventBinder.Bind(top.Mappings("events", required: false), context, days * (long)MinutesPerDay);
        CheckWorkerCount(top, workers, days ?? 0, events);
        CheckTaskVolume(top, labs, days ?? 0, events);

        var measure = MeasureBinder.Bind(top, days, tickMinutes);

        return new ScenarioSpec(name, seed, days ?? 0, tickMinutes, regions, taskTypes, platforms, vendors, labs, workers, events) { Measure = measure };
    }

    private static IReadOnlyList<T> Section<T>(NodeReader top, string key, bool required, Func<YamlMappingNode, T> bind) =>
        [.. top.Mappings(key, required).Select(bind)];

    private static void CheckTicks(NodeReader top, int days, int tickMinutes)
    {
        var ticks = (long)days * MinutesPerDay / tickMinutes;
        if (ticks > MaxTicks)
        {
            top.Report(top.Optional("days")!, "days", FormattableString.Invariant(
                $"{days} days of {tickMinutes}-minute ticks is {ticks:N0} ticks, more than the {MaxTicks:N0} allowed; use fewer days or longer ticks"));
        }
    }

    private static void CheckTaskTypeCount(NodeReader top, int count)
    {
        if (count > MaxTaskTypes)
        {
            top.Report(top.Optional("taskTypes")!, "taskTypes",
                $"{count} task types, more than the {MaxTaskTypes} allowed (a worker's qualifications are kept as a {MaxTaskTypes}-bit set)");
        }
    }

    /// <summary>Checks the most workers the run can ever hold: everyone at the start, and everyone recruitment could add.</summary>
    private static void CheckWorkerCount(NodeReader top, IReadOnlyList<WorkerPoolSpec> pools, int days, IReadOnlyList<ScenarioEvent> events)
    {
        var atStart = pools.Sum(p => (long)p.Count);
        var recruited = pools.Sum(p => p.Recruitment is { } r ? r.Recruits * RecruitmentBinder.Intakes(r, days) : 0)
            + events.OfType<RecruitmentDrive>().Sum(d => (long)d.Recruits);
        var total = atStart + recruited;
        if (total > MaxWorkers)
        {
            var counting = recruited > 0 ? FormattableString.Invariant($" ({atStart:N0} at the start and up to {recruited:N0} recruited over {days} days)") : "";
            top.Report(top.Optional("workers")!, "workers", FormattableString.Invariant(
                $"{total:N0} workers in total{counting}, more than the {MaxWorkers:N0} a run can hold in memory"));
        }
    }

    /// <summary>Checks the tasks the labs' steady demand and task surges add up to over the horizon (Pareto launches are not counted).</summary>
    private static void CheckTaskVolume(NodeReader top, IReadOnlyList<LabSpec> labs, int days, IReadOnlyList<ScenarioEvent> events)
    {
        var steady = labs.Sum(l => l.Demand.Sum(line => line.TasksPerDay)) * days;
        var surges = events.OfType<TaskSurge>().Sum(e =>
        {
            var perDay = labs.Where(l => l.Id == e.Lab).SelectMany(l => l.Demand).Where(line => line.TaskType == e.TaskType).Sum(line => line.TasksPerDay);
            return e.BatchTasks + (Math.Max(0, e.Multiplier - 1) * perDay * e.DurationMinutes / MinutesPerDay);
        });
        var total = steady + surges;
        if (total > MaxTasks && top.Optional("labs") is { } at)
        {
            var amount = total < 1e15 ? FormattableString.Invariant($"{total:N0}") : total.ToString("0.#E+0", System.Globalization.CultureInfo.InvariantCulture);
            top.Report(at, "labs", FormattableString.Invariant(
                $"demand adds up to about {amount} tasks over {days} days, more than the {MaxTasks:N0} a run can get through (at about a million tasks a second, {MaxTasks / 1e6 / 3600:0.#} hours); lower `tasksPerDay`, a surge or `days`"));
        }
    }
}
