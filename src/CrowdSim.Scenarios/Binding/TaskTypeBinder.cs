using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Binding;

/// <summary>Binds one item of <c>taskTypes:</c>, with its optional qualification course.</summary>
internal static class TaskTypeBinder
{
    private static readonly string[] Keys =
    [
        "id", "meanMinutes", "minutesSigma", "reviewShare", "expiry",
        "training", "advertisedMinutes", "difficulty", "abandonShare", "handling",
    ];

    private static readonly string[] Handlings = ["lognormal", "exponential"];

    private static readonly string[] TrainingKeys = ["hours", "passRate"];

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
        // Keys left out keep the record's own defaults.
        taskType = taskType with
        {
            Training = Training(item.Mapping("training", TrainingKeys)),
            AdvertisedMinutes = item.Number("advertisedMinutes", Limits.Positive),
            Difficulty = item.Number("difficulty", Limits.Positive) ?? taskType.Difficulty,
            AbandonShare = item.Value("abandonShare", Formats.Share) ?? taskType.AbandonShare,
            Handling = item.Choice("handling", Handlings) == "exponential" ? HandlingDistribution.Exponential : HandlingDistribution.LogNormal,
        };
        if (taskType.Handling == HandlingDistribution.Exponential && item.Optional("minutesSigma") is { } sigma)
            item.Report(sigma, "minutesSigma", "only lognormal handling times have a spread; leave `minutesSigma` out with `handling: exponential`");
        context.TaskTypes.Add(item, id, taskType);
        return taskType;
    }

    private static TrainingSpec? Training(NodeReader? training) =>
        training is null
            ? null
            : new TrainingSpec(
                training.RequiredNumber("hours", Limits.Positive) ?? 0,
                training.RequiredValue("passRate", Formats.Share) ?? 0);
}
