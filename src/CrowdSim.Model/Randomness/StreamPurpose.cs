namespace CrowdSim.Model.Randomness;

/// <summary>
/// What a random draw is for. Part of every stream's key, so that two decisions about the same
/// entity in the same tick never share numbers, and adding a new kind of draw never shifts old ones.
/// </summary>
public enum StreamPurpose : ulong
{
    WorkerProfile = 1,
    FirstCheck = 2,
    NextCheck = 3,
    Session = 4,
    TieBreak = 5,
    PlatformChoice = 6,
    DemandCount = 10,
    ArrivalTimes = 11,
    BurstCount = 12,
    BurstSize = 13,
    Automation = 14,
    Handling = 20,
    Review = 21,
    Training = 22,
    WeeklyReview = 23,
    Recruitment = 24,
    Notification = 25,
    RequesterProfile = 30,
    RequesterChoice = 31,
    SpilloverCount = 32,
    SpilloverTimes = 33,
    ProjectName = 34,
    SearchTraits = 40,
    SearchOrder = 41,
    RequesterRegions = 45,
    RequesterGate = 46,
    PriorApproved = 47,
    PushSeen = 55,
}
