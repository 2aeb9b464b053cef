using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Testing.Generators;
using CsCheck;

namespace CrowdSim.Model.Tests.Push;

/// <summary>
/// Properties, over generated scenarios with notifications on: with push alerts on every platform
/// (generated parameters) the books balance at every tick; and alerts that nobody sees change nothing
/// at all (every region's and queue's counts equal those with notifications alone), so a push draws
/// no number any other decision uses.
/// </summary>
[Trait("Category", "Validation")]
public class PushPropertyTests
{
    private static readonly Gen<PushSpec> AnyPush =
        from seen in Gen.Double[0, 1]
        from delay in Gen.Double[0, 60]
        from sigma in Gen.Double[0, 2]
        select new PushSpec(seen, delay, sigma);

    private static readonly Gen<(ScenarioSpec Pushed, ScenarioSpec Plain)> Specs =
        from spec in AnyScenarios.Spec
        from pushes in AnyPush.Array[spec.Platforms.Count]
        select (
            spec with { Platforms = [.. spec.Platforms.Select((p, k) => p with { Notifications = true, Push = pushes[k] })] },
            spec with { Platforms = [.. spec.Platforms.Select(p => p with { Notifications = true })] });

    private static LocalSimulation Run(ScenarioSpec spec, int ticks, bool checkBooks)
    {
        var sim = new LocalSimulation(spec, 50);
        for (var t = 0; t < ticks; t++)
        {
            sim.Step();
            if (!checkBooks)
                continue;
            var broken = Conservation.Violations(sim.Totals);
            Assert.True(broken.Count == 0, string.Join("; ", broken));
        }
        return sim;
    }

    private static string Counts(LocalSimulation sim) =>
        System.Text.Json.JsonSerializer.Serialize(new { sim.Totals.Regions, sim.Totals.Queues, sim.Totals.Labs });

    [Fact]
    public void Push_KeepsTheBooks() => Specs.Sample(pair =>
        Run(pair.Pushed, Math.Min(pair.Pushed.Ticks, 200), checkBooks: true), iter: 12, threads: 1);

    [Fact]
    public void Push_SeenByNobody_ChangesNothing() => Specs.Sample(pair =>
    {
        var ticks = Math.Min(pair.Plain.Ticks, 200);
        var unseen = pair.Plain with { Platforms = [.. pair.Plain.Platforms.Select(p => p with { Push = new PushSpec(Seen: 0) })] };
        Assert.Equal(Counts(Run(pair.Plain, ticks, checkBooks: false)), Counts(Run(unseen, ticks, checkBooks: false)));
    }, iter: 12, threads: 1);
}
