using System.Reflection;

namespace CrowdSim.Reporting.Tests;

/// <summary>A report is built from the files on disk alone: nothing under CrowdSim.Reporting runs a simulation, hosts a silo or writes Parquet.</summary>
public sealed class ReportingDependencyTests
{
    private static readonly string[] Forbidden = ["Orleans", "Microsoft.Orleans", "Parquet", "StackExchange.Redis", "CrowdSim.Runs", "CrowdSim.Experiments", "CrowdSim.Grains", "CrowdSim.Scenarios"];

    [Fact]
    public void ReportingAssembly_ReferencesResultsButNoRunnerClusterOrParquetAssembly()
    {
        var direct = typeof(ReportBuilder).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.Contains("CrowdSim.Results", direct);
        Assert.DoesNotContain(direct, IsForbidden);
    }

    [Fact]
    public void ReportingAssembly_ReachesNoRunnerClusterOrParquetAssembly_ThroughCrowdSimAssemblies()
    {
        var reached = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Queue<Assembly>([typeof(ReportBuilder).Assembly]);
        while (pending.TryDequeue(out var assembly))
        {
            foreach (var name in assembly.GetReferencedAssemblies())
            {
                if (!reached.Add(name.Name!) || !name.Name!.StartsWith("CrowdSim.", StringComparison.Ordinal))
                    continue;
                pending.Enqueue(Assembly.Load(name));
            }
        }

        Assert.DoesNotContain(reached, IsForbidden);
        Assert.Contains("CrowdSim.Model", reached);
    }

    private static bool IsForbidden(string name) =>
        Forbidden.Any(f => name == f || name.StartsWith(f + ".", StringComparison.Ordinal));
}
