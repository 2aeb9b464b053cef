namespace CrowdSim.Reference;

/// <summary>One worker of the reference loop: fixed traits, the session in progress and running totals, in one struct.</summary>
internal struct ReducedWorker
{
    public double ReservationUsdPerHour;
    public double Speed;
    public int Pool;
    public int UtcOffsetMinutes;
    public int SleepStartMinute;
    public int SleepEndMinute;
    public bool NightChecker;
    public long SessionEndMs;
    public long TaskStartMs;
    public long PaidMs;
    public long SearchMs;
    public long EarningsMicros;
    public long Checks;
}
