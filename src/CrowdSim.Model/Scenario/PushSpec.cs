namespace CrowdSim.Model.Scenario;

/// <summary>
/// How a platform's notifications reach its crowd workers (docs/MODEL.md, "Notifications"): while
/// notifications are on, new work offered to a region is pushed to that region's members; a member
/// who is awake (or a night checker) sees the alert with probability <paramref name="Seen"/> and
/// goes to look after a lognormal delay of median <paramref name="DelayMinutes"/> and log-spread
/// <paramref name="DelaySigma"/>, unless a check was already due before then.
/// </summary>
/// <param name="Seen">Chance that a member sees an alert.</param>
/// <param name="DelayMinutes">Median minutes from the alert to the worker's look at the work.</param>
/// <param name="DelaySigma">Log-spread of that delay.</param>
public sealed record PushSpec(
    double Seen = ModelDefaults.PushSeen,
    double DelayMinutes = ModelDefaults.PushDelayMinutes,
    double DelaySigma = ModelDefaults.PushDelaySigma);
