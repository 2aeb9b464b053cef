using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios.Binding;

/// <summary>Binds a <c>market_exit</c> event: a vendor stops offering work in a region.</summary>
internal static class MarketExitBinder
{
    public const string TypeName = "market_exit";

    public static readonly string[] Keys = ["vendor", "region"];

    public static MarketExit Bind(NodeReader item, BindContext context, long atMinute) =>
        new(
            atMinute,
            context.Vendors.Reference(item, "vendor", required: true)?.Id ?? "",
            context.Regions.Reference(item, "region", required: true)?.Id ?? "");
}
