using CrowdSim.Model.Market;
using CrowdSim.Model.Workers;

namespace CrowdSim.Model.Simulation;

/// <summary>Whether a cohort checks in during its turn (<see cref="CohortTurn"/>).</summary>
public enum CheckInRule : byte
{
    /// <summary>Not this tick.</summary>
    No,

    /// <summary>If the cohort, once it has closed the previous tick, has something due before this tick ends.</summary>
    IfDue,

    /// <summary>Yes: it has something due, or push alerts may bring a check forward.</summary>
    Yes,
}

/// <summary>
/// One cohort's part in a tick's cohort round (<see cref="ITickHost.CohortsAsync"/>): first it closes
/// the previous tick, if it was touched then (<see cref="ClosePrevious"/>), then it checks in for this
/// tick as <see cref="CheckIn"/> says. Done in one turn, the end of one tick and the start of the next
/// cost one call instead of two.
/// </summary>
/// <param name="Cohort">The cohort's index (<see cref="CohortLayout"/>).</param>
/// <param name="ClosePrevious">Whether to close the previous tick first (<see cref="MetricsReport.Close"/>).</param>
/// <param name="CheckIn">Whether to run the checks due in this tick.</param>
public readonly record struct CohortTurn(int Cohort, bool ClosePrevious, CheckInRule CheckIn)
{
    /// <summary>Takes the turn on <paramref name="cohort"/> in <paramref name="window"/>; its claims go to <paramref name="claimsByPlatform"/>.</summary>
    public CohortTurnReport Take(WorkerCohort cohort, TickWindow window, List<WorkerClaim>[] claimsByPlatform, PushAlerts? alerts)
    {
        var closed = ClosePrevious ? MetricsReport.Close(cohort) : null;
        var checkIn = CheckIn switch
        {
            CheckInRule.Yes => true,
            CheckInRule.IfDue => (closed?.NextCheckMs ?? cohort.NextCheckMs) < window.EndMs,
            _ => false,
        };
        if (checkIn)
            cohort.CollectClaims(window.Tick, window.EndMs, claimsByPlatform, alerts);
        return new CohortTurnReport(closed, checkIn);
    }
}

/// <summary>What a cohort's turn did.</summary>
/// <param name="Closed">The previous tick's report, if the turn closed it.</param>
/// <param name="CheckedIn">Whether the cohort checked in (so it must be closed at the end of this tick).</param>
public sealed record CohortTurnReport(MetricsReport? Closed, bool CheckedIn);

/// <summary>What a tick's clearing round returns (<see cref="ITickHost.ClearingAsync"/>).</summary>
/// <param name="Platforms">One report per platform, in platform order.</param>
/// <param name="Ahead">If the round was asked to post demand ahead: for each of those ticks in order, one demand report per lab in lab order.</param>
public sealed record ClearingRound(IReadOnlyList<ClearingReport> Platforms, IReadOnlyList<IReadOnlyList<DemandReport>>? Ahead);

/// <summary>Consecutive ticks: <paramref name="Count"/> of them from <paramref name="First"/>.</summary>
public readonly record struct TickSpan(int First, int Count);
