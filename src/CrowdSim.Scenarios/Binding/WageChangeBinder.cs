using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios.Binding;

/// <summary>Binds a <c>wage_change</c> event: a vendor or platform multiplies or sets what workers are paid.</summary>
internal static class WageChangeBinder
{
    public const string TypeName = "wage_change";

    public static readonly string[] Keys = ["vendor", "platform", "region", "taskType", "factor", "rateUsd"];

    public static WageChange Bind(NodeReader item, BindContext context, long atMinute)
    {
        item.RequireExactlyOne("vendor", "platform");
        item.RequireExactlyOne("factor", "rateUsd");
        return new WageChange(
            atMinute,
            context.Vendors.Reference(item, "vendor", required: false)?.Id,
            context.Platforms.Reference(item, "platform", required: false)?.Id,
            context.Regions.Reference(item, "region", required: false)?.Id,
            context.TaskTypes.Reference(item, "taskType", required: false)?.Id,
            item.Number("factor", Limits.Positive),
            item.Number("rateUsd", Limits.Money));
    }
}
