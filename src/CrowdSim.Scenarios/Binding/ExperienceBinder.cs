using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Binding;

/// <summary>
/// Binds a worker pool's experience-driven behaviour: <c>adaptation</c> (a share, the old weekly
/// weight of last week's wage; or a mapping <c>{weeklyRate, floor}</c> for reservation wages that
/// move toward the recent effective wage) and <c>discouragement</c> (a mapping
/// <c>{lengthening, maxFactor, recovery}</c>).
/// </summary>
internal static class ExperienceBinder
{
    public const string AdaptationKey = "adaptation";
    public const string DiscouragementKey = "discouragement";

    private static readonly string[] AdaptationKeys = ["weeklyRate", "floor"];
    private static readonly string[] DiscouragementKeys = ["lengthening", "maxFactor", "recovery"];

    /// <summary>The pool with its adaptation and discouragement as given; keys left out keep <paramref name="workers"/>' values.</summary>
    public static WorkerPoolSpec Bind(NodeReader pool, WorkerPoolSpec workers)
    {
        workers = pool.Optional(AdaptationKey) is YamlMappingNode mapping
            ? workers with { Adaptation = Adaptation(new NodeReader(mapping, pool.Errors, AdaptationKeys)) }
            : workers with { AdaptationWeeklyRate = pool.Value(AdaptationKey, Formats.Share) ?? workers.AdaptationWeeklyRate };
        return pool.Mapping(DiscouragementKey, DiscouragementKeys) is { } d
            ? workers with
            {
                Discouragement = new DiscouragementSpec(
                    d.Number("lengthening", Limits.NonNegative) ?? DiscouragementSpec.Default.Lengthening,
                    d.Number("maxFactor", Limits.AtLeast(1)) ?? DiscouragementSpec.Default.MaxFactor,
                    d.Value("recovery", Formats.Share) ?? DiscouragementSpec.Default.Recovery),
            }
            : workers;
    }

    private static AdaptationSpec Adaptation(NodeReader adaptation) => new(
        adaptation.Value("weeklyRate", Formats.Share) ?? AdaptationSpec.Default.WeeklyRate,
        adaptation.Value("floor", Formats.Share) ?? AdaptationSpec.Default.FloorShare);
}
