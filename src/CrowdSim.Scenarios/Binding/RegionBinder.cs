using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Binding;

/// <summary>Binds one item of <c>regions:</c>.</summary>
internal static class RegionBinder
{
    private static readonly string[] Keys = ["id", "utcOffset", "minimumWageUsd", "minimumWage", "sleep", "currency"];
    private static readonly string[] CurrencyKeys = ["code", "usdPerUnit"];

    public static RegionSpec Bind(YamlMappingNode node, BindContext context)
    {
        var item = new NodeReader(node, context.Errors, Keys);
        var id = item.RequiredString("id");
        var sleep = item.Value("sleep", Formats.SleepWindow) ?? (ModelDefaults.SleepStartMinute, ModelDefaults.SleepEndMinute);
        var currency = Currency(item, context);
        var region = new RegionSpec(
            id ?? "",
            item.RequiredValue("utcOffset", Formats.UtcOffset) ?? 0,
            MinimumWage(item, context),
            sleep.Start,
            sleep.End)
        {
            Currency = currency?.Code,
            UsdPerUnit = currency?.UsdPerUnit,
        };
        context.Regions.Add(item, id, region);
        return region;
    }

    /// <summary><c>minimumWageUsd: 7.25</c>, or <c>minimumWage: {amount: 15120, currency: KES}</c> (converted at load; per hour).</summary>
    private static double MinimumWage(NodeReader item, BindContext context)
    {
        if (item.Optional("minimumWage") is null)
            return item.Required("minimumWageUsd", "or `minimumWage: {amount, currency}`") is null ? 0 : item.Number("minimumWageUsd", Limits.Money) ?? 0;
        if (item.Optional("minimumWageUsd") is not null)
            item.Report(item.Optional("minimumWage")!, "minimumWage", "give either `minimumWageUsd` or `minimumWage`, not both");
        return context.Currencies.Usd(item, "minimumWage", Limits.Money) ?? 0;
    }

    /// <summary><c>currency: {code: KES, usdPerUnit: 0.0077}</c>: the region's local currency and the exchange rate the scenario assumes.</summary>
    private static (string Code, double UsdPerUnit)? Currency(NodeReader item, BindContext context)
    {
        if (item.Mapping("currency", CurrencyKeys) is not { } currency)
            return null;
        var code = currency.RequiredString("code");
        var rate = currency.RequiredNumber("usdPerUnit", Limits.Positive);
        if (code is null || rate is null)
            return null;
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            currency.Report(currency.Optional("code")!, "code", $"expected a three-letter ISO 4217 code such as KES, got `{code}`");
            return null;
        }
        context.Currencies.Declare(item, item.Optional("currency")!, code, rate.Value);
        return (code, rate.Value);
    }
}
