using CrowdSim.Grains.Placement;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;

namespace CrowdSim.Runs.Hosting;

/// <summary>Where CrowdSim's grains live in a cluster: cohorts spread evenly, the market's hubs together.</summary>
public static class PlacementSetup
{
    /// <summary>Registers the placement directors. Every silo must call it.</summary>
    public static IServiceCollection AddCrowdSimPlacement(this IServiceCollection services)
    {
        services.AddPlacementDirector<CohortSpreadPlacement, CrowdSimPlacementDirector>();
        services.AddPlacementDirector<HubPlacement, CrowdSimPlacementDirector>();
        return services;
    }
}
