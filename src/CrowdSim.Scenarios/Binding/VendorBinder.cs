using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Binding;

/// <summary>Binds one item of <c>vendors:</c> with its piece rates, wage policy and pricing rule.</summary>
internal static class VendorBinder
{
    private static readonly string[] Keys = ["id", "platform", "pieceRates", WagePolicyBinder.Key, PricingBinder.Key];
    private static readonly string[] PieceRateKeys = ["taskType", "region", "usd", "rate"];

    public static VendorSpec Bind(YamlMappingNode node, BindContext context)
    {
        var item = new NodeReader(node, context.Errors, Keys);
        var id = item.RequiredString("id");
        var platform = context.Platforms.Reference(item, "platform", required: true);
        var vendor = new VendorSpec(id ?? "", platform?.Id ?? "", PieceRates(item, context))
        {
            WagePolicy = WagePolicyBinder.Bind(item),
            Pricing = PricingBinder.Bind(item),
        };
        context.Vendors.Add(item, id, vendor);
        return vendor;
    }

    private static IReadOnlyList<PieceRate> PieceRates(NodeReader vendor, BindContext context)
    {
        var rates = new List<PieceRate>();
        var first = new Dictionary<(string, string), YamlNode>();
        foreach (var node in vendor.Mappings("pieceRates", required: true))
        {
            var rate = new NodeReader(node, context.Errors, PieceRateKeys);
            var taskType = context.TaskTypes.Reference(rate, "taskType", required: true)?.Id;
            var region = context.Regions.Reference(rate, "region", required: true)?.Id;
            var usd = Usd(rate, context);
            if (taskType is not null && region is not null)
            {
                if (first.TryGetValue((taskType, region), out var earlier))
                {
                    var where = context.Errors.Locate(earlier).LineIn(context.Errors.Locate(node).File);
                    context.Errors.Add(node, $"duplicate piece rate for task type `{taskType}` in region `{region}` (first given on {where})");
                }
                else
                {
                    first[(taskType, region)] = node;
                }
            }
            // Kept even with an unknown region, so that demand lines do not also report a missing rate.
            rates.Add(new PieceRate(taskType ?? "", region ?? "", usd ?? 0));
        }
        return [.. rates];
    }

    /// <summary><c>usd: 0.40</c>, or <c>rate: {amount: 30, currency: KES}</c> converted to USD at load.</summary>
    private static double? Usd(NodeReader rate, BindContext context)
    {
        if (rate.Optional("rate") is null)
            return rate.Required("usd", "or `rate: {amount, currency}`") is null ? null : rate.Number("usd", Limits.Money);
        if (rate.Optional("usd") is not null)
            rate.Report(rate.Optional("rate")!, "rate", "give either `usd` or `rate`, not both");
        return context.Currencies.Usd(rate, "rate", Limits.Money);
    }
}
