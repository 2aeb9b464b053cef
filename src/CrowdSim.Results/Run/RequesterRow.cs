namespace CrowdSim.Results.Run;

/// <summary>One row of requesters.csv: a requester's drawn pay and volume share and what it posted and got done (columns in <see cref="RequestersTable"/>).</summary>
public sealed record RequesterRow(
    string Lab,
    int Line,
    int Requester,
    string Platform,
    string TaskType,
    double HourlyPayUsd,
    double RewardUsd,
    double VolumeShare,
    double TasksPerDay,
    long Posted,
    long Completed,
    long Approved,
    long Expired,
    long OpenAtEnd);
