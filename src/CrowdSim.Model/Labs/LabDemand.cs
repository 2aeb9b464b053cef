using CrowdSim.Model.Market;
using CrowdSim.Model.Randomness;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;

namespace CrowdSim.Model.Labs;

/// <summary>
/// An AI lab's demand for annotation: a Poisson stream per demand line with a daily and weekly
/// rhythm, heavy-tailed project launches (Pareto batch sizes), surges and one-off batches from
/// scenario events, and a share automated by the lab's own models (never posted).
/// </summary>
public sealed class LabDemand
{
    private const int MaxBurstTasks = 10_000_000;

    private readonly ScenarioSpec _spec;
    private readonly int _lab;
    private readonly int _utcOffsetMinutes;
    private readonly DemandLine[] _lines;

    public LabDemand(ScenarioSpec spec, int lab)
    {
        _spec = spec;
        _lab = lab;
        var labSpec = spec.Labs[lab];
        _utcOffsetMinutes = labSpec.UtcOffsetMinutes;
        if (lab >= TaskIds.MaxLabs || labSpec.Demand.Count > TaskIds.MaxLinesPerLab)
            throw new ArgumentException($"at most {TaskIds.MaxLabs} labs with {TaskIds.MaxLinesPerLab} demand lines each are supported");
        _lines = labSpec.Demand.Select((d, i) => NewLine(spec, d, i)).ToArray();
    }

    /// <summary>Starts a surge and/or schedules a one-off batch on this lab's lines of the event's task type.</summary>
    public void Apply(TaskSurge surge)
    {
        var startMs = surge.AtMinute * SimTime.MsPerMinute;
        var first = true;
        foreach (var line in LinesOf(surge.TaskType))
        {
            if (surge.Multiplier != 1.0 && surge.DurationMinutes > 0)
                line.Surges.Add((startMs, startMs + (surge.DurationMinutes * SimTime.MsPerMinute), surge.Multiplier));
            // A batch is one project: it goes to the first line of that type only.
            if (first && surge.BatchTasks > 0)
                line.Batches.Add((startMs, surge.BatchTasks));
            first = false;
        }
    }

    /// <summary>Moves the automated share of the event's task type towards a new level.</summary>
    public void Apply(AutomationShock shock)
    {
        var startMs = shock.AtMinute * SimTime.MsPerMinute;
        foreach (var line in LinesOf(shock.TaskType))
        {
            line.AutomationFrom = line.AutomatedShareAt(startMs);
            line.AutomationTo = shock.Share;
            line.AutomationStartMs = startMs;
            line.AutomationRampMs = shock.RampMinutes * SimTime.MsPerMinute;
        }
    }

    /// <summary>Creates the tasks of tick <paramref name="tick"/>, covering [<paramref name="startMs"/>, <paramref name="endMs"/>).</summary>
    public LabTickOutput Generate(int tick, long startMs, long endMs)
    {
        var byVendor = Enumerable.Range(0, _spec.Vendors.Count).Select(_ => new List<PostedTask>()).ToArray();
        var byPlatform = Enumerable.Range(0, _spec.Platforms.Count).Select(_ => new List<PostedTask>()).ToArray();
        var counters = new LabCounters();
        var times = new List<long>();
        foreach (var line in _lines)
        {
            times.Clear();
            AddArrivals(line, tick, startMs, endMs, times);
            AddBursts(line, tick, startMs, endMs, times);
            AddBatches(line, startMs, endMs, times);
            times.Sort();
            var target = line.Vendor >= 0 ? byVendor[line.Vendor] : byPlatform[line.Platform];
            for (var seq = 0; seq < times.Count; seq++)
            {
                var id = TaskIds.Make(tick, _lab, line.Index, seq);
                counters.Created++;
                var automation = RandomStream.For(_spec.Seed, (ulong)id, 0, StreamPurpose.Automation);
                if (automation.NextBernoulli(line.AutomatedShareAt(times[seq])))
                {
                    counters.Automated++;
                    continue;
                }
                counters.Posted++;
                counters.EscrowPaid += line.EscrowMicros;
                target.Add(new PostedTask(id, times[seq], _lab, line.Vendor, line.TaskType, line.EscrowMicros, line.RewardMicros));
            }
        }
        return new LabTickOutput(byVendor, byPlatform, counters);
    }

    private static DemandLine NewLine(ScenarioSpec spec, DemandSpec demand, int index)
    {
        var taskType = spec.TaskTypeIndex(demand.TaskType);
        if (demand.Vendor is { } vendorId)
            return new DemandLine(demand, index, taskType, spec.VendorIndex(vendorId), -1, Money.FromUsd(demand.PriceUsd), -1);
        var platform = spec.PlatformIndex(demand.Platform!);
        var reward = Money.FromUsd(demand.PriceUsd);
        var escrow = reward + Money.Share(reward, spec.Platforms[platform].FeeShare);
        return new DemandLine(demand, index, taskType, -1, platform, escrow, reward);
    }

    private IEnumerable<DemandLine> LinesOf(string taskType) =>
        _lines.Where(l => _spec.TaskTypes[l.TaskType].Id == taskType);

    private void AddArrivals(DemandLine line, int tick, long startMs, long endMs, List<long> times)
    {
        var spec = line.Spec;
        var middle = startMs + ((endMs - startMs) / 2);
        var mean = spec.TasksPerDay * (endMs - startMs) / SimTime.MsPerDay
            * Rhythm(spec, middle) * line.SurgeFactor(startMs, endMs);
        var entity = LineEntity(line);
        var count = RandomStream.For(_spec.Seed, entity, tick, StreamPurpose.DemandCount).NextPoisson(mean);
        var placement = RandomStream.For(_spec.Seed, entity, tick, StreamPurpose.ArrivalTimes);
        for (long i = 0; i < count; i++)
            times.Add(startMs + (long)(placement.NextDouble() * (endMs - startMs)));
    }

    private void AddBursts(DemandLine line, int tick, long startMs, long endMs, List<long> times)
    {
        var spec = line.Spec;
        if (spec.BurstsPerWeek <= 0)
            return;
        var entity = LineEntity(line);
        var launches = RandomStream.For(_spec.Seed, entity, tick, StreamPurpose.BurstCount)
            .NextPoisson(spec.BurstsPerWeek * (endMs - startMs) / SimTime.MsPerWeek);
        var sizes = RandomStream.For(_spec.Seed, entity, tick, StreamPurpose.BurstSize);
        for (long i = 0; i < launches; i++)
        {
            var at = startMs + (long)(sizes.NextDouble() * (endMs - startMs));
            var size = (int)Math.Min(MaxBurstTasks, Math.Floor(sizes.NextPareto(spec.BurstMinTasks, spec.BurstAlpha)));
            for (var k = 0; k < size; k++)
                times.Add(at);
        }
    }

    private static void AddBatches(DemandLine line, long startMs, long endMs, List<long> times)
    {
        foreach (var (at, tasks) in line.Batches)
        {
            if (at < startMs || at >= endMs)
                continue;
            for (var k = 0; k < tasks; k++)
                times.Add(at);
        }
        line.Batches.RemoveAll(b => b.AtMs < endMs);
    }

    private double Rhythm(DemandSpec spec, long ms)
    {
        var hour = SimTime.LocalMinuteOfDay(ms, _utcOffsetMinutes) / 60.0;
        var daily = 1.0 + (spec.DailyAmplitude * Math.Cos(2 * Math.PI * (hour - spec.PeakHour) / 24.0));
        var weekend = SimTime.LocalDayOfWeek(ms, _utcOffsetMinutes) >= 5 ? spec.WeekendFactor : 1.0;
        return daily * weekend;
    }

    private ulong LineEntity(DemandLine line) => ((ulong)(uint)_lab << 8) | (uint)line.Index;
}
