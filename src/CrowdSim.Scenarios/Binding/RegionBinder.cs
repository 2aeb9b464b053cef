using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Binding;

/// <summary>Binds one item of <c>regions:</c>.</summary>
internal static class RegionBinder
{
    private static readonly string[] Keys = ["id", "utcOffset", "minimumWageUsd", "sleep"];

    public static RegionSpec Bind(YamlMappingNode node, BindContext context)
    {
        var item = new NodeReader(node, context.Errors, Keys);
        var id = item.RequiredString("id");
        var sleep = item.Value("sleep", Formats.SleepWindow) ?? (ModelDefaults.SleepStartMinute, ModelDefaults.SleepEndMinute);
        var region = new RegionSpec(
            id ?? "",
            item.RequiredValue("utcOffset", Formats.UtcOffset) ?? 0,
            item.RequiredNumber("minimumWageUsd", Limits.Money) ?? 0,
            sleep.Start,
            sleep.End);
        context.Regions.Add(item, id, region);
        return region;
    }
}
