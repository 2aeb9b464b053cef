using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Tests.Access;

/// <summary>
/// An open marketplace shared by two regions on the same clock, with the same reservation wages:
/// the builder's rating line split among requesters, and both pools on the marketplace only.
/// </summary>
internal static class AccessScenarios
{
    public const int RatingLine = 1;

    public static ScenarioSpec OpenMarket(double tasksPerDay = 600, int workersPerRegion = 60, ulong seed = 11, int days = 7)
    {
        var spec = new ScenarioBuilder().Days(days).Seed(seed).Workers(workersPerRegion, workersPerRegion).Build();
        var lab = spec.Labs[0];
        var rating = lab.Demand[RatingLine] with { TasksPerDay = tasksPerDay, Requesters = new RequestersSpec(60, 6.0, 0.8, 1.0, -0.5) };
        var us = spec.WorkerPools[0] with { Platforms = ["market"], ReservationWageMedianUsd = 3.0 };
        return spec with
        {
            // Region B on region A's clock and nights, so that only access tells them apart.
            Regions = [spec.Regions[0], spec.Regions[0] with { Id = "kenya" }],
            Labs = [lab with { Demand = [rating] }],
            WorkerPools = [us, us with { Id = "ke-pool", Region = "kenya" }],
        };
    }

    /// <summary>The scenario with every requester line's access rules set.</summary>
    public static ScenarioSpec WithAccess(this ScenarioSpec spec, RegionRestrictionSpec? restrict, ApprovalGateSpec? gate) =>
        spec with
        {
            Labs = [.. spec.Labs.Select(l => l with
            {
                Demand = [.. l.Demand.Select(d => d.Requesters is { } r ? d with { Requesters = r with { RestrictToRegions = restrict, ApprovalGate = gate } } : d)],
            })],
        };
}
