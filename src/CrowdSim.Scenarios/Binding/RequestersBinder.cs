using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios.Binding;

/// <summary>
/// Binds a demand line's <c>requesters</c>: the lab's direct posting split into many requesters with
/// pay of their own. Only a line posted directly on an open marketplace (<c>platform:</c>) has them.
/// </summary>
internal static class RequestersBinder
{
    public const string Key = "requesters";

    /// <summary>Most requesters on one demand line (each needs a queue key of its own).</summary>
    public const int MaxCount = QueueKey.RequestersPerLine - 1;

    /// <summary>Log-spread of requesters' hourly pay: σ = √(2 ln(mean/median)) from [requester_pay_mean] 11.58 and [requester_pay_median] 4.57 USD/h.</summary>
    public const double DefaultPaySigma = 1.36;

    /// <summary>Log-spread of requesters' posting volume. Assumption.</summary>
    public const double DefaultVolumeSigma = 2.0;

    /// <summary>Correlation of log pay and log volume. Assumption; the sign from [requester_volume_note].</summary>
    public const double DefaultPayVolumeCorrelation = -0.5;

    private static readonly string[] Keys =
        ["count", "payMedianUsdPerHour", "paySigma", "volumeSigma", "payVolumeCorrelation", "restrictToRegions", "approvalGate"];

    private static readonly string[] RestrictKeys = ["regions", "share"];
    private static readonly string[] GateKeys = ["minApproved", "share"];

    public static RequestersSpec? Bind(NodeReader line, BindContext context)
    {
        if (line.Mapping(Key, Keys) is not { } requesters)
            return null;
        if (line.Optional("vendor") is { } vendor && line.Optional("platform") is null)
        {
            line.Report(line.Optional(Key)!, Key,
                $"only a direct posting on an open marketplace (`platform:`) has requesters of its own; this line goes through vendor `{NodeReader.Describe(vendor)}`");
        }
        return new RequestersSpec(
            (int)(requesters.RequiredInteger("count", Limits.Between(1, MaxCount)) ?? 1),
            requesters.RequiredNumber("payMedianUsdPerHour", Limits.Positive) ?? 0,
            requesters.Number("paySigma", Limits.NonNegative) ?? DefaultPaySigma,
            requesters.Number("volumeSigma", Limits.NonNegative) ?? DefaultVolumeSigma,
            requesters.Number("payVolumeCorrelation", Limits.Between(-1, 1)) ?? DefaultPayVolumeCorrelation)
        {
            RestrictToRegions = Restriction(requesters.Mapping("restrictToRegions", RestrictKeys), context),
            ApprovalGate = Gate(requesters.Mapping("approvalGate", GateKeys)),
        };
    }

    /// <summary><c>restrictToRegions: {regions: [us], share: 0.3}</c>: that share of requesters let only those regions see their tasks.</summary>
    private static RegionRestrictionSpec? Restriction(NodeReader? restrict, BindContext context)
    {
        if (restrict is null)
            return null;
        var regions = new List<string>();
        foreach (var node in restrict.List("regions", required: true))
        {
            if (context.Regions.Resolve(restrict, node, "regions") is not { } region)
                continue;
            if (regions.Contains(region.Id))
                restrict.Report(node, "regions", $"region `{region.Id}` is listed twice");
            else
                regions.Add(region.Id);
        }
        return new RegionRestrictionSpec([.. regions], restrict.RequiredValue("share", Formats.Share) ?? 0);
    }

    /// <summary><c>approvalGate: {minApproved: 1000, share: 0.19}</c>: that share of requesters take only workers with that many approved tasks.</summary>
    private static ApprovalGateSpec? Gate(NodeReader? gate) =>
        gate is null
            ? null
            : new ApprovalGateSpec(
                gate.Integer("minApproved", Limits.NonNegative) ?? ModelDefaults.ApprovalGateMinApproved,
                gate.Value("share", Formats.Share) ?? ModelDefaults.ApprovalGatedShare);
}
