namespace CrowdSim.Model.Scenario;

/// <summary>
/// A salaried in-house (BPO) workforce: the pool's workers are employed by <paramref name="Vendor"/>,
/// work shifts in local time on weekdays, take whatever work of the vendor's is queued, and are
/// paid by the hour whether or not there is work. The vendor bills <paramref name="Lab"/> per worker-hour.
/// </summary>
public sealed record EmploymentSpec(
    string Vendor,
    string Lab,
    double WageUsdPerHour,
    double BillUsdPerHour,
    int ShiftStartMinute,
    int ShiftEndMinute);
