using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Binding;

/// <summary>
/// The local currencies regions declare (<c>currency: {code: KES, usdPerUnit: 0.0077}</c>) and the
/// conversion of amounts given in them (<c>{amount: 100, currency: KES}</c>) to USD at load. The model
/// itself runs in USD.
/// </summary>
internal sealed class Currencies
{
    /// <summary>Keys of an amount in a local currency.</summary>
    public static readonly string[] AmountKeys = ["amount", "currency"];

    private readonly Dictionary<string, (double UsdPerUnit, YamlNode At)> _rates = new(StringComparer.Ordinal);

    /// <summary>Declares a currency; a second region may use the same code only at the same rate.</summary>
    public void Declare(NodeReader region, YamlNode at, string code, double usdPerUnit)
    {
        if (_rates.TryGetValue(code, out var first) && first.UsdPerUnit != usdPerUnit)
        {
            var where = region.Errors.Locate(first.At).LineIn(region.Errors.Locate(at).File);
            region.Report(at, "currency", $"currency `{code}` is given another rate on {where}; one currency has one rate in a scenario");
            return;
        }
        _rates.TryAdd(code, (usdPerUnit, at));
    }

    /// <summary>
    /// The USD value of <c>{amount, currency}</c> under <paramref name="key"/> (at most <paramref name="limits"/>' maximum),
    /// or null when the key is left out or wrong (reported, with the currencies known).
    /// </summary>
    public double? Usd(NodeReader owner, string key, Limits limits)
    {
        if (owner.Mapping(key, AmountKeys) is not { } amount)
            return null;
        var value = amount.RequiredNumber("amount", Limits.NonNegative);
        var codeNode = amount.Required("currency");
        if (codeNode is null || value is null)
            return null;
        if (codeNode is not YamlScalarNode { Value: { Length: > 0 } code })
        {
            amount.Report(codeNode, "currency", $"expected a currency code, got {NodeReader.Describe(codeNode)}");
            return null;
        }
        var usd = code == "USD" ? value : _rates.TryGetValue(code, out var rate) ? value * rate.UsdPerUnit : null;
        if (usd is not null)
        {
            if (usd <= limits.Max)
                return usd;
            amount.Report(amount.Optional("amount")!, "amount", FormattableString.Invariant($"{value} {code} is {usd:G6} USD, more than the {limits.Max:G6} USD allowed"));
            return null;
        }
        var known = _rates.Count == 0
            ? "no region declares a currency (`currency: {code: ..., usdPerUnit: ...}`)"
            : "known: USD, " + string.Join(", ", _rates.Keys.Order(StringComparer.Ordinal));
        amount.Report(codeNode, "currency", $"unknown currency `{code}`; {known}");
        return null;
    }
}
