using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Market;
using CrowdSim.Model.Randomness;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;

namespace CrowdSim.Model.Labs;

/// <summary>
/// An AI lab's demand for annotation: a Poisson stream per demand line (per requester, when a
/// direct posting is split among many) with a daily and weekly rhythm, heavy-tailed project
/// launches (Pareto batch sizes) with code names, surges and one-off batches from scenario events,
/// a share automated by the lab's own models (never posted), and spill-over: work automated in
/// one tick creates harder work on another of the lab's lines in the next.
/// </summary>
public sealed class LabDemand
{
    private readonly ScenarioSpec _spec;
    private readonly int _lab;
    private readonly DemandLine[] _lines;
    private readonly LineArrivals _arrivals;
    private readonly PushTargets? _push;
    private double[] _spilloverMeans;
    private int _spilloverTick = -1;

    public LabDemand(ScenarioSpec spec, int lab)
    {
        _spec = spec;
        _lab = lab;
        var labSpec = spec.Labs[lab];
        if (lab >= TaskIds.MaxLabs || labSpec.Demand.Count > TaskIds.MaxLinesPerLab)
            throw new ArgumentException($"at most {TaskIds.MaxLabs} labs with {TaskIds.MaxLinesPerLab} demand lines each are supported");
        _lines = labSpec.Demand.Select((d, i) => NewLine(d, i)).ToArray();
        _arrivals = new LineArrivals(spec.Seed, lab, labSpec.UtcOffsetMinutes);
        _spilloverMeans = new double[_lines.Length];
        _push = PushTargets.For(spec, lab);
    }

    /// <summary>The requesters demand line <paramref name="line"/> is split among (empty when it posts as one).</summary>
    public IReadOnlyList<RequesterProfile> Requesters(int line) => _lines[line].Requesters;

    /// <summary>Applies an event addressed to this lab (surges and automation shocks).</summary>
    public void Apply(ScenarioEvent e)
    {
        switch (e)
        {
            case TaskSurge surge:
                Apply(surge);
                break;
            case AutomationShock shock:
                Apply(shock);
                break;
        }
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

    /// <summary>
    /// Creates the tasks of tick <paramref name="tick"/>, covering [<paramref name="startMs"/>, <paramref name="endMs"/>).
    /// Spill-over from the previous tick applies only when ticks are generated in order.
    /// </summary>
    public LabTickOutput Generate(int tick, long startMs, long endMs)
    {
        var byVendor = Enumerable.Range(0, _spec.Vendors.Count).Select(_ => new List<PostedTask>()).ToArray();
        var byPlatform = Enumerable.Range(0, _spec.Platforms.Count).Select(_ => new List<PostedTask>()).ToArray();
        var counters = new LabCounters();
        var projects = new List<ProjectLaunch>();
        var spillover = tick == _spilloverTick ? _spilloverMeans : new double[_lines.Length];
        var nextSpillover = new double[_lines.Length];
        var arrivals = new List<Arrival>();
        var firstPosted = _push?.NewRecord(_spec.Platforms.Count);
        foreach (var line in _lines)
        {
            arrivals.Clear();
            var launched = projects.Count;
            _arrivals.Collect(line, tick, startMs, endMs, spillover[line.Index], arrivals, projects);
            arrivals.Sort();
            var target = line.Vendor >= 0 ? byVendor[line.Vendor] : byPlatform[line.Platform];
            var automated = Create(line, tick, arrivals, counters, target);
            if (firstPosted is not null)
                NoteLaunches(firstPosted, line, arrivals, projects, launched);
            if (line.SpilloverTarget >= 0)
                nextSpillover[line.SpilloverTarget] += line.Spec.Spillover!.TasksPerAutomated * automated;
        }
        _spilloverMeans = nextSpillover;
        _spilloverTick = tick + 1;
        return new LabTickOutput(byVendor, byPlatform, counters, projects) { FirstPostedMs = firstPosted };
    }

    // Sequence numbers follow time order across all of the line's requesters. Returns the number of
    // automated tasks that create spill-over demand: spill-over tasks do not spill over again, so a
    // line that spills onto itself (or a cycle of lines) cannot make demand grow without bound.
    /// <summary>
    /// Notes, for push alerts, the projects line <paramref name="line"/> launched in the tick (those from
    /// <paramref name="launched"/> on): a launch is announced to the regions its requester offers work to.
    /// </summary>
    private void NoteLaunches(long[] firstPosted, DemandLine line, List<Arrival> arrivals, List<ProjectLaunch> projects, int launched)
    {
        for (var k = launched; k < projects.Count; k++)
        {
            var at = projects[k].AtMs;
            var requester = arrivals.Find(a => a.AtMs == at).Requester;
            _push!.Note(firstPosted, line.Index, requester, at);
        }
    }

    private long Create(DemandLine line, int tick, List<Arrival> arrivals, LabCounters counters, List<PostedTask> target)
    {
        long automated = 0, spilling = 0;
        for (var seq = 0; seq < arrivals.Count; seq++)
        {
            var arrival = arrivals[seq];
            var id = TaskIds.Make(tick, _lab, line.Index, seq);
            counters.Created++;
            if (arrival.Spillover)
                counters.SpilloverCreated++;
            var automation = RandomStream.For(_spec.Seed, (ulong)id, 0, StreamPurpose.Automation);
            var (escrow, reward, requester) = arrival.Requester < 0
                ? (line.EscrowMicros, line.RewardMicros, -1)
                : (line.Requesters[arrival.Requester].EscrowMicros, line.Requesters[arrival.Requester].RewardMicros, line.Requesters[arrival.Requester].Key);
            if (automation.NextBernoulli(line.AutomatedShareAt(arrival.AtMs)))
            {
                automated++;
                if (!arrival.Spillover)
                    spilling++;
                counters.AutomatedEscrowMicros += escrow;
                continue;
            }
            counters.Posted++;
            counters.EscrowPaid += escrow;
            target.Add(new PostedTask(id, arrival.AtMs, _lab, line.Vendor, line.TaskType, escrow, reward, requester));
        }
        counters.Automated += automated;
        return spilling;
    }

    private DemandLine NewLine(DemandSpec demand, int index)
    {
        var taskType = _spec.TaskTypeIndex(demand.TaskType);
        var spilloverTarget = SpilloverTargetOf(demand);
        if (demand.Vendor is { } vendorId)
        {
            if (demand.Requesters is not null)
                throw new ArgumentException($"lab '{_spec.Labs[_lab].Id}' line {index}: requesters apply only to direct postings on an open marketplace");
            return new DemandLine(demand, index, taskType, _spec.VendorIndex(vendorId), -1, Money.FromUsd(demand.PriceUsd), -1)
            {
                SpilloverTarget = spilloverTarget,
            };
        }
        var platform = _spec.PlatformIndex(demand.Platform!);
        var feeShare = _spec.Platforms[platform].FeeShare;
        var reward = Money.FromUsd(demand.PriceUsd);
        return new DemandLine(demand, index, taskType, -1, platform, reward + Money.Share(reward, feeShare), reward)
        {
            SpilloverTarget = spilloverTarget,
            Requesters = demand.Requesters is { } requesters
                ? RequesterDraw.For(_spec.Seed, _lab, index, demand, Checked(requesters, index), _spec.TaskTypes[taskType].MeanMinutes, feeShare)
                : [],
        };
    }

    private RequestersSpec Checked(RequestersSpec requesters, int index)
    {
        if (requesters.Count < 1 || requesters.Count > QueueKey.RequestersPerLine)
            throw new ArgumentException($"lab '{_spec.Labs[_lab].Id}' line {index}: requesters.count must be between 1 and {QueueKey.RequestersPerLine}");
        if (Math.Abs(requesters.PayVolumeCorrelation) > 1)
            throw new ArgumentException($"lab '{_spec.Labs[_lab].Id}' line {index}: requesters' pay-volume correlation must be between -1 and 1");
        return requesters;
    }

    // Spill-over goes to the lab's first line of the target type; a lab without such a line is a scenario error.
    private int SpilloverTargetOf(DemandSpec demand)
    {
        if (demand.Spillover is not { } spillover)
            return -1;
        var demandLines = _spec.Labs[_lab].Demand;
        for (var i = 0; i < demandLines.Count; i++)
        {
            if (string.Equals(demandLines[i].TaskType, spillover.TaskType, StringComparison.Ordinal))
                return i;
        }
        throw new ArgumentException($"lab '{_spec.Labs[_lab].Id}' has no demand line of task type '{spillover.TaskType}' to receive spill-over");
    }

    private IEnumerable<DemandLine> LinesOf(string taskType) =>
        _lines.Where(l => _spec.TaskTypes[l.TaskType].Id == taskType);

    /// <summary>Writes the lab's state at a tick barrier: each line's surges, batches and automation, and the spill-over due next tick.</summary>
    public void Save(StateWriter w)
    {
        w.Section(nameof(LabDemand));
        w.WriteEach(_lines, static (x, w) => x.Save(w));
        w.Write(_spilloverMeans);
        w.Write(_spilloverTick);
    }

    /// <summary>Reads back what <see cref="Save"/> wrote, into a lab built from the same scenario.</summary>
    public void Restore(StateReader r)
    {
        r.Section(nameof(LabDemand));
        r.ReadEach(_lines, "demand lines", static (x, r) => x.Restore(r));
        r.ReadInto(_spilloverMeans);
        _spilloverTick = r.ReadInt();
    }
}
