namespace CrowdSim.Model.Workers;

/// <summary>
/// A check on a platform that notifies its members, not yet counted: it counts (search time, a
/// night wake-up) only if the worker found work; a look at an empty queue is the notification
/// that never came, and costs the worker nothing.
/// </summary>
internal readonly record struct PendingCheck(bool Asleep, long SearchMs, long NightMs);
