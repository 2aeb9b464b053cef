using CrowdSim.Model.Simulation;
namespace CrowdSim.Scenarios.Tests;
public sealed class ZzRun
{
    [Fact]
    public void Run()
    {
        if (Environment.GetEnvironmentVariable("ZZ_RUN") is not { } file) return;
        var log = Environment.GetEnvironmentVariable("ZZ_LOG") ?? "/tmp/zz_run.log";
        var ticks = int.Parse(Environment.GetEnvironmentVariable("ZZ_TICKS") ?? "40");
        try
        {
            var spec = ScenarioLoader.LoadText(File.ReadAllText(file), "x.yaml");
            var sim = new LocalSimulation(spec, 7);
            var sw = System.Diagnostics.Stopwatch.StartNew();
            for (var t = 0; t < Math.Min(ticks, spec.Ticks); t++)
            {
                sim.Step();
                var v = CrowdSim.Model.Metrics.Conservation.Violations(sim.Totals);
                File.WriteAllText(log, $"tick {t} {sw.ElapsedMilliseconds}ms {string.Join(";", v)}\n");
                if (v.Count > 0) return;
            }
            File.AppendAllText(log, "DONE\n");
        }
        catch (ScenarioException e) { File.WriteAllText(log, "REFUSED " + e.Message + "\n"); }
        catch (Exception e) { File.WriteAllText(log, $"CRASH {e.GetType().Name}: {e.Message}\n{e.StackTrace}\n"); }
    }
}
