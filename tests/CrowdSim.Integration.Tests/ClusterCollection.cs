using CrowdSim.Testing.Cluster;

namespace CrowdSim.Integration.Tests;

/// <summary>The integration tests that run on one shared two-silo cluster.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<TwoSiloClusterFixture>
{
    public const string Name = "cluster";
}
