using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Binding;

/// <summary>
/// Binds one demand line of a lab: a task type bought either through a vendor or directly on
/// an open marketplace (managed crowds only take work through vendors), with its optional
/// requesters and spill-over.
/// </summary>
internal static class DemandBinder
{
    private static readonly string[] Keys =
    [
        "taskType", "vendor", "platform", "tasksPerDay", "priceUsd",
        "dailyAmplitude", "peakHour", "weekendFactor", "bursts", "automatedShare",
        RequestersBinder.Key, SpilloverBinder.Key,
    ];

    private static readonly string[] BurstKeys = ["perWeek", "minTasks", "alpha"];

    /// <summary>Binds the line; a spill-over to check against the lab's other lines is added to <paramref name="spillovers"/>.</summary>
    public static DemandSpec Bind(YamlMappingNode node, BindContext context, ICollection<PendingSpillover> spillovers)
    {
        var line = new NodeReader(node, context.Errors, Keys);
        var taskType = context.TaskTypes.Reference(line, "taskType", required: true);
        line.RequireExactlyOne("vendor", "platform");
        var vendor = Vendor(line, context, taskType);
        var platform = Platform(line, context);
        var bursts = Bursts(line.Mapping("bursts", BurstKeys));

        return new DemandSpec(
            taskType?.Id ?? "",
            vendor?.Id,
            platform?.Id,
            line.RequiredNumber("tasksPerDay", Limits.NonNegative) ?? 0,
            line.RequiredNumber("priceUsd", Limits.Money) ?? 0,
            line.Number("dailyAmplitude", Limits.Between(0, 1)) ?? ModelDefaults.DailyAmplitude,
            line.Number("peakHour", Limits.Between(0, 24)) ?? ModelDefaults.PeakHour,
            line.Number("weekendFactor", Limits.NonNegative) ?? ModelDefaults.WeekendFactor,
            bursts.PerWeek,
            bursts.MinTasks,
            bursts.Alpha,
            line.Value("automatedShare", Formats.Share) ?? 0)
        {
            Requesters = RequestersBinder.Bind(line, context),
            Spillover = SpilloverBinder.Bind(line, context, spillovers),
        };
    }

    private static VendorSpec? Vendor(NodeReader line, BindContext context, TaskTypeSpec? taskType)
    {
        var vendor = context.Vendors.Reference(line, "vendor", required: false);
        if (vendor is not null && taskType is not null && !vendor.PieceRates.Any(r => r.TaskType == taskType.Id))
            line.Report(line.Optional("vendor")!, "vendor", $"vendor `{vendor.Id}` has no piece rate for task type `{taskType.Id}`");
        return vendor;
    }

    private static PlatformSpec? Platform(NodeReader line, BindContext context)
    {
        var platform = context.Platforms.Reference(line, "platform", required: false);
        if (platform is { Kind: PlatformKind.ManagedCrowd })
        {
            line.Report(line.Optional("platform")!, "platform",
                $"platform `{platform.Id}` is a managed crowd; labs can only reach it through a vendor (use `vendor:` instead)");
        }
        return platform;
    }

    private static (double PerWeek, double MinTasks, double Alpha) Bursts(NodeReader? bursts)
    {
        if (bursts is null)
            return (0, 0, ModelDefaults.BurstAlpha);

        var perWeek = bursts.Number("perWeek", Limits.NonNegative) ?? 0;
        var minTasks = bursts.Number("minTasks", perWeek > 0 ? Limits.AtLeast(1) : Limits.NonNegative);
        if (perWeek > 0 && bursts.Optional("minTasks") is null)
            bursts.Errors.Add(bursts.Node, "missing required key `minTasks` (the smallest launch; needed when `perWeek` > 0)");
        var alpha = bursts.Number("alpha", Limits.GreaterThan(1)) ?? ModelDefaults.BurstAlpha;
        return (perWeek, minTasks ?? 0, alpha);
    }
}
