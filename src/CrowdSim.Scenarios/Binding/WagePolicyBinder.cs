using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Binding;

/// <summary>
/// Binds a vendor's <c>wagePolicy</c>: the word <c>fixed</c>, or a mapping
/// <c>{kind: fixed}</c>, <c>{kind: cheapest-first, spillover: 2h}</c> or
/// <c>{kind: surge, maxMultiplier: 2, backlogTasks: 10000}</c>.
/// </summary>
internal static class WagePolicyBinder
{
    public const string Key = "wagePolicy";
    public const string Fixed = "fixed";
    public const string CheapestFirst = "cheapest-first";
    public const string Surge = "surge";

    /// <summary>Backlog at which a surge policy's backlog part is at its maximum, when not given. Assumption.</summary>
    public const double DefaultSurgeBacklogTasks = 10_000;

    private static readonly string[] Kinds = [Fixed, CheapestFirst, Surge];
    private static readonly string[] Parameters = ["spillover", "maxMultiplier", "backlogTasks"];
    private static readonly string[] Keys = ["kind", .. Parameters];

    public static WagePolicySpec Bind(NodeReader vendor)
    {
        switch (vendor.Optional(Key))
        {
            case null:
            case YamlScalarNode { Value: Fixed }:
                return WagePolicySpec.Fixed;
            case YamlMappingNode mapping:
                return FromMapping(new NodeReader(mapping, vendor.Errors, Keys));
            case YamlScalarNode { Value: CheapestFirst or Surge } word:
                vendor.Report(word, Key, $"a {word.Value} wage policy needs parameters; write it as a mapping, e.g. {Example(word.Value)}");
                return WagePolicySpec.Fixed;
            case var other:
                var hint = other is YamlScalarNode { Value: { } text } && Suggestions.Closest(text, Kinds) is { } closest ? $"; did you mean `{closest}`?" : "";
                vendor.Report(other, Key, $"expected `fixed` or a mapping with keys {string.Join(", ", Keys)}, got {NodeReader.Describe(other)}{hint}");
                return WagePolicySpec.Fixed;
        }
    }

    private static WagePolicySpec FromMapping(NodeReader policy)
    {
        var kind = policy.RequiredChoice("kind", Kinds);
        switch (kind)
        {
            case CheapestFirst:
                UnusedParameters.Reject(policy, Parameters, ["spillover"], "a cheapest-first wage policy");
                var spilloverMinutes = policy.RequiredValue("spillover", Formats.PositiveDuration);
                return new WagePolicySpec(WagePolicyKind.CheapestFirst, spilloverMinutes / 60.0 ?? 0, 1, 0);
            case Surge:
                UnusedParameters.Reject(policy, Parameters, ["maxMultiplier", "backlogTasks"], "a surge wage policy");
                return new WagePolicySpec(
                    WagePolicyKind.Surge,
                    0,
                    policy.RequiredNumber("maxMultiplier", Limits.AtLeast(1)) ?? 1,
                    policy.Number("backlogTasks", Limits.Positive) ?? DefaultSurgeBacklogTasks);
            case Fixed:
                UnusedParameters.Reject(policy, Parameters, [], "a fixed wage policy");
                return WagePolicySpec.Fixed;
            default:
                return WagePolicySpec.Fixed;
        }
    }

    private static string Example(string kind) =>
        kind == Surge ? "`{kind: surge, maxMultiplier: 2}`" : "`{kind: cheapest-first, spillover: 2h}`";
}
