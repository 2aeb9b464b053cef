using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Binding;

/// <summary>Binds one item of <c>platforms:</c>.</summary>
internal static class PlatformBinder
{
    public const string OpenMarketplace = "open-marketplace";
    public const string ManagedCrowd = "managed-crowd";

    private static readonly string[] Keys = ["id", "kind", "fee", "notifications", "deactivation", "search", "push"];
    private static readonly string[] PushKeys = ["seen", "delayMinutes", "delaySigma"];
    private static readonly string[] DeactivationKeys = ["rejectionRate", "minReviewed"];
    private static readonly string[] Kinds = [OpenMarketplace, ManagedCrowd];

    public static PlatformSpec Bind(YamlMappingNode node, BindContext context)
    {
        var item = new NodeReader(node, context.Errors, Keys);
        var id = item.RequiredString("id");
        var kind = item.RequiredChoice("kind", Kinds) == ManagedCrowd ? PlatformKind.ManagedCrowd : PlatformKind.OpenMarketplace;
        var platform = new PlatformSpec(id ?? "", kind, item.Value("fee", Formats.Share) ?? ModelDefaults.FeeShare);
        platform = platform with
        {
            Notifications = item.Value("notifications", Formats.Boolean) ?? platform.Notifications,
            Deactivation = Deactivation(item.Mapping("deactivation", DeactivationKeys)),
            Search = SearchBinder.Bind(item.Mapping("search", SearchBinder.Keys)),
            Push = Push(item.Mapping("push", PushKeys)),
        };
        context.Platforms.Add(item, id, platform);
        return platform;
    }

    private static PushSpec? Push(NodeReader? push)
    {
        if (push is null)
            return null;
        var spec = new PushSpec();
        return spec with
        {
            Seen = push.Value("seen", Formats.Share) ?? spec.Seen,
            DelayMinutes = push.Number("delayMinutes", Limits.NonNegative) ?? spec.DelayMinutes,
            DelaySigma = push.Number("delaySigma", Limits.NonNegative) ?? spec.DelaySigma,
        };
    }

    private static DeactivationSpec? Deactivation(NodeReader? deactivation) =>
        deactivation is null
            ? null
            : new DeactivationSpec(
                deactivation.RequiredValue("rejectionRate", Formats.Share) ?? 0,
                // Beyond int range it means "never", which the largest int says just as well.
                (int)Math.Min(deactivation.RequiredInteger("minReviewed", Limits.AtLeast(1)) ?? 1, int.MaxValue));
}
