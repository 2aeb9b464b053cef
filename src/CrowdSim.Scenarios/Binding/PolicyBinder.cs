using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios.Binding;

/// <summary>
/// Binds a <c>policy</c> event: an intervention switched on (or off with <c>enabled: false</c>), on one
/// platform or all, with the one parameter the policy takes (none for some).
/// </summary>
internal static class PolicyBinder
{
    public const string TypeName = "policy";

    private const string UsdPerHour = "usdPerHour";
    private const string Hours = "hours";
    private const string Share = "share";

    private static readonly string[] Parameters = [UsdPerHour, Hours, Share];

    public static readonly string[] Keys = ["policy", "platform", "region", "enabled", .. Parameters];

    private static readonly (string Name, PolicyKind Kind, string? Parameter)[] Policies =
    [
        ("pay-floor", PolicyKind.PayFloor, UsdPerHour),
        ("paid-training", PolicyKind.PaidTraining, UsdPerHour),
        ("notifications", PolicyKind.Notifications, null),
        ("pay-rejected", PolicyKind.PayRejected, null),
        ("transparency", PolicyKind.Transparency, null),
        ("max-continuous-hours", PolicyKind.MaxContinuousHours, Hours),
        ("fee-cap", PolicyKind.FeeCap, Share),
    ];

    private static readonly string[] Names = [.. Policies.Select(p => p.Name)];

    public static PolicyChange Bind(NodeReader item, BindContext context, long atMinute)
    {
        var name = item.RequiredChoice("policy", Names);
        var platform = context.Platforms.Reference(item, "platform", required: false)?.Id;
        var region = context.Regions.Reference(item, "region", required: false)?.Id;
        var enabled = item.Value("enabled", Formats.Boolean) ?? true;
        var index = name is null ? -1 : Array.IndexOf(Names, name);
        if (index < 0)
            return new PolicyChange(atMinute, PolicyKind.PayFloor, platform, region, null, null, null, enabled);

        var (policy, kind, parameter) = Policies[index];
        UnusedParameters.Reject(item, Parameters, parameter is null ? [] : [parameter], $"policy `{policy}`");
        if (kind is not (PolicyKind.PayFloor or PolicyKind.Notifications) && item.Optional("region") is { } at)
            item.Report(at, "region", $"only a pay-floor or notifications can be limited to one region; policy `{policy}` applies in every region");
        var value = parameter is null ? null : Parameter(item, policy, parameter, kind, enabled);
        return new PolicyChange(
            atMinute,
            kind,
            platform,
            region,
            parameter == UsdPerHour ? value : null,
            parameter == Hours ? value : null,
            parameter == Share ? value : null,
            enabled);
    }

    /// <summary>The policy's parameter: required when the policy is switched on, optional when it is switched off.</summary>
    private static double? Parameter(NodeReader item, string policy, string key, PolicyKind kind, bool enabled)
    {
        if (enabled && item.Optional(key) is null)
        {
            item.Required(key, $"policy `{policy}` needs it when switched on");
            return null;
        }
        return kind switch
        {
            PolicyKind.PayFloor or PolicyKind.MaxContinuousHours => item.Number(key, Limits.Positive),
            PolicyKind.FeeCap => item.Value(key, Formats.Share),
            _ => item.Number(key, Limits.NonNegative),
        };
    }
}
