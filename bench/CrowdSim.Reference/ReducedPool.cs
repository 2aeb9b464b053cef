namespace CrowdSim.Reference;

/// <summary>One pool of the reduced market: its size, its region's clock and night, and its workers' habits. Times in milliseconds.</summary>
internal sealed record ReducedPool(
    int Count,
    int UtcOffsetMinutes,
    int SleepStartMinute,
    int SleepEndMinute,
    double ReservationMedianUsd,
    double ReservationSigma,
    double SpeedSigma,
    long CheckEveryMs,
    double NightCheckerShare,
    long NightCheckEveryMs,
    long SessionMeanMs,
    long SearchMs);
