using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Binding;

/// <summary>Binds one item of <c>taskTypes:</c>.</summary>
internal static class TaskTypeBinder
{
    private static readonly string[] Keys = ["id", "meanMinutes", "minutesSigma", "reviewShare", "expiry"];

    public static TaskTypeSpec Bind(YamlMappingNode node, BindContext context)
    {
        var item = new NodeReader(node, context.Errors, Keys);
        var id = item.RequiredString("id");
        var expiryMinutes = item.Value("expiry", Formats.PositiveDuration);
        var taskType = new TaskTypeSpec(
            id ?? "",
            item.RequiredNumber("meanMinutes", Limits.Positive) ?? 0,
            item.Number("minutesSigma", Limits.NonNegative) ?? ModelDefaults.MinutesSigma,
            item.Value("reviewShare", Formats.Share) ?? ModelDefaults.ReviewShare,
            expiryMinutes / 60.0 ?? ModelDefaults.ExpiryHours);
        context.TaskTypes.Add(item, id, taskType);
        return taskType;
    }
}
