using CrowdSim.Testing.Cluster;

namespace CrowdSim.Experiments.Tests;

/// <summary>The experiment tests that run on one shared embedded silo.</summary>
[CollectionDefinition(Name)]
public sealed class EmbeddedClusterCollection : ICollectionFixture<EmbeddedClusterFixture>
{
    public const string Name = "embedded";
}
