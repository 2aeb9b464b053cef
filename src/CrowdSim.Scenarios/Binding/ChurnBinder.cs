using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Binding;

/// <summary>Binds a worker pool's <c>churn</c>: a mapping <c>{weeklyHazard, lowEarningsMultiplier, noEarningsExit}</c>, or <c>none</c> for workers who never leave.</summary>
internal static class ChurnBinder
{
    public const string Key = "churn";
    public const string None = "none";

    private static readonly string[] Keys = ["weeklyHazard", "lowEarningsMultiplier", "noEarningsExit"];

    /// <summary>The churn the pool's entry asks for; <paramref name="otherwise"/> when the key is left out.</summary>
    public static ChurnSpec? Bind(NodeReader pool, ChurnSpec? otherwise)
    {
        switch (pool.Optional(Key))
        {
            case null:
                return otherwise;
            case YamlScalarNode { Value: None }:
                return null;
            case YamlMappingNode mapping:
                var churn = new NodeReader(mapping, pool.Errors, Keys);
                return new ChurnSpec(
                    churn.Value("weeklyHazard", Formats.Share) ?? ChurnSpec.Default.WeeklyHazard,
                    churn.Number("lowEarningsMultiplier", Limits.NonNegative) ?? ChurnSpec.Default.LowEarningsMultiplier)
                {
                    NoEarningsExit = churn.Value("noEarningsExit", Formats.Share) ?? ChurnSpec.Default.NoEarningsExit,
                };
            case var other:
                var hint = other is YamlScalarNode { Value: { } text } && Suggestions.Closest(text, [None]) is not null ? $"; did you mean `{None}`?" : "";
                pool.Report(other, Key, $"expected `{None}` or a mapping with keys {string.Join(", ", Keys)}, got {NodeReader.Describe(other)}{hint}");
                return otherwise;
        }
    }
}
