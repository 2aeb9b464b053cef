using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Binding;

/// <summary>Binds one item of <c>labs:</c>; its demand lines are bound by <see cref="DemandBinder"/>, and their spill-overs checked against each other.</summary>
internal static class LabBinder
{
    private static readonly string[] Keys = ["id", "utcOffset", "demand"];

    public static LabSpec Bind(YamlMappingNode node, BindContext context)
    {
        var item = new NodeReader(node, context.Errors, Keys);
        var id = item.RequiredString("id");
        var spillovers = new List<PendingSpillover>();
        var lab = new LabSpec(
            id ?? "",
            item.Value("utcOffset", Formats.UtcOffset) ?? 0,
            [.. item.Mappings("demand", required: true).Select(demand => DemandBinder.Bind(demand, context, spillovers))]);
        SpilloverBinder.CheckTargets(lab.Id, lab.Demand, spillovers);
        context.Labs.Add(item, id, lab);
        return lab;
    }
}
