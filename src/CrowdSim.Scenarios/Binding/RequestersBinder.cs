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

    private static readonly string[] Keys = ["count", "payMedianUsdPerHour", "paySigma", "volumeSigma", "payVolumeCorrelation"];

    public static RequestersSpec? Bind(NodeReader line)
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
            requesters.Number("payVolumeCorrelation", Limits.Between(-1, 1)) ?? DefaultPayVolumeCorrelation);
    }
}
