using CrowdSim.Model.Market;
using CrowdSim.Model.Randomness;
using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Labs;

/// <summary>
/// Draws the requesters of a direct posting once, at tick 0: for each, two standard normals with
/// correlation ρ; hourly pay = median × exp(σ_pay·Z_pay), volume weight ∝ exp(σ_vol·Z_vol).
/// With ρ &lt; 0 lower-paying requesters post more work [requester_volume_note].
/// </summary>
internal static class RequesterDraw
{
    /// <summary>The requesters of line <paramref name="line"/> of lab <paramref name="lab"/>, weights normalised to sum to 1.</summary>
    public static RequesterProfile[] For(ulong seed, int lab, int line, DemandSpec demand, RequestersSpec requesters, double meanMinutes, double feeShare)
    {
        var hourly = new double[requesters.Count];
        var raw = new double[requesters.Count];
        var rho = requesters.PayVolumeCorrelation;
        var orthogonal = Math.Sqrt(Math.Max(0.0, 1.0 - (rho * rho)));
        for (var r = 0; r < requesters.Count; r++)
        {
            var stream = RandomStream.For(seed, LabEntities.Requester(lab, line, r), 0, StreamPurpose.RequesterProfile);
            var zPay = stream.NextNormal();
            var zVolume = (rho * zPay) + (orthogonal * stream.NextNormal());
            hourly[r] = requesters.PayMedianUsdPerHour * Math.Exp(requesters.PaySigma * zPay);
            raw[r] = Math.Exp(requesters.VolumeSigma * zVolume);
        }
        var total = raw.Sum();
        var profiles = new RequesterProfile[requesters.Count];
        for (var r = 0; r < requesters.Count; r++)
        {
            var reward = Money.FromUsd(hourly[r] * meanMinutes / 60.0);
            var weight = raw[r] / total;
            profiles[r] = new RequesterProfile(
                QueueKey.RequesterKey(line, r),
                hourly[r],
                reward,
                reward + Money.Share(reward, feeShare),
                weight,
                demand.TasksPerDay * weight);
        }
        return profiles;
    }
}
