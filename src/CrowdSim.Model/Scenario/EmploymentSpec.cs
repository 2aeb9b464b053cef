namespace CrowdSim.Model.Scenario;

/// <summary>
/// A salaried in-house (BPO) workforce: the pool's workers are employed by <paramref name="Vendor"/>,
/// work shifts in local time on weekdays, take whatever work of the vendor's is queued, and are
/// paid by the hour whether or not there is work. The vendor bills <paramref name="Lab"/> per worker-hour.
/// With <see cref="RoundTheClock"/>, the workers are on duty all the time, every day, paid by the day
/// (the shift window is then unused): always-available servers, as in queueing theory's M/M/c.
/// </summary>
public sealed record EmploymentSpec(
    string Vendor,
    string Lab,
    double WageUsdPerHour,
    double BillUsdPerHour,
    int ShiftStartMinute,
    int ShiftEndMinute)
{
    /// <summary>On duty without a break, weekends included; pay periods are days.</summary>
    public bool RoundTheClock { get; init; }
}
