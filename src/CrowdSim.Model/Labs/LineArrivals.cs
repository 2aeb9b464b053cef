using CrowdSim.Model.Randomness;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;

namespace CrowdSim.Model.Labs;

/// <summary>
/// Draws the tasks a demand line creates in one tick: steady Poisson arrivals (one stream per
/// requester when the line has requesters), Pareto project launches, surge batches and spill-over
/// from automation elsewhere in the lab. Launches and batches get a code name each.
/// </summary>
internal sealed class LineArrivals(ulong seed, int lab, int utcOffsetMinutes)
{
    private const int MaxBurstTasks = 10_000_000;

    /// <summary>Adds the line's arrivals in [<paramref name="startMs"/>, <paramref name="endMs"/>) to <paramref name="into"/>, unsorted.</summary>
    public void Collect(DemandLine line, int tick, long startMs, long endMs, double spilloverMean, List<Arrival> into, List<ProjectLaunch> projects)
    {
        var entity = LabEntities.Line(lab, line.Index);
        var choice = RandomStream.For(seed, entity, tick, StreamPurpose.RequesterChoice);
        var names = RandomStream.For(seed, entity, tick, StreamPurpose.ProjectName);
        AddSteady(line, tick, startMs, endMs, into);
        AddLaunches(line, tick, startMs, endMs, ref choice, ref names, into, projects);
        AddBatches(line, startMs, endMs, ref choice, ref names, into, projects);
        AddSpillover(line, tick, startMs, endMs, spilloverMean, ref choice, into);
    }

    private void AddSteady(DemandLine line, int tick, long startMs, long endMs, List<Arrival> into)
    {
        var spec = line.Spec;
        var middle = startMs + ((endMs - startMs) / 2);
        var mean = spec.TasksPerDay * (endMs - startMs) / SimTime.MsPerDay
            * Rhythm(spec, middle) * line.SurgeFactor(startMs, endMs);
        if (line.Requesters.Count == 0)
        {
            AddPoisson(LabEntities.Line(lab, line.Index), -1, mean, tick, startMs, endMs, into);
            return;
        }
        for (var r = 0; r < line.Requesters.Count; r++)
            AddPoisson(LabEntities.Requester(lab, line.Index, r), r, mean * line.Requesters[r].Weight, tick, startMs, endMs, into);
    }

    private void AddPoisson(ulong entity, int requester, double mean, int tick, long startMs, long endMs, List<Arrival> into)
    {
        var count = RandomStream.For(seed, entity, tick, StreamPurpose.DemandCount).NextPoisson(mean);
        var placement = RandomStream.For(seed, entity, tick, StreamPurpose.ArrivalTimes);
        for (long i = 0; i < count; i++)
            into.Add(new Arrival(startMs + (long)(placement.NextDouble() * (endMs - startMs)), requester, false));
    }

    private void AddLaunches(DemandLine line, int tick, long startMs, long endMs, ref RandomStream choice, ref RandomStream names, List<Arrival> into, List<ProjectLaunch> projects)
    {
        var spec = line.Spec;
        if (spec.BurstsPerWeek <= 0)
            return;
        var entity = LabEntities.Line(lab, line.Index);
        var launches = RandomStream.For(seed, entity, tick, StreamPurpose.BurstCount)
            .NextPoisson(spec.BurstsPerWeek * (endMs - startMs) / SimTime.MsPerWeek);
        var sizes = RandomStream.For(seed, entity, tick, StreamPurpose.BurstSize);
        for (long i = 0; i < launches; i++)
        {
            var at = startMs + (long)(sizes.NextDouble() * (endMs - startMs));
            var size = (int)Math.Min(MaxBurstTasks, Math.Floor(sizes.NextPareto(spec.BurstMinTasks, spec.BurstAlpha)));
            AddProject(line, at, size, ProjectLaunch.LaunchKind, ref choice, ref names, into, projects);
        }
    }

    private void AddBatches(DemandLine line, long startMs, long endMs, ref RandomStream choice, ref RandomStream names, List<Arrival> into, List<ProjectLaunch> projects)
    {
        foreach (var (at, tasks) in line.Batches)
        {
            if (at >= startMs && at < endMs)
                AddProject(line, at, tasks, ProjectLaunch.BatchKind, ref choice, ref names, into, projects);
        }
        line.Batches.RemoveAll(b => b.AtMs < endMs);
    }

    // A project is posted at one instant by one requester, chosen in proportion to volume.
    private void AddProject(DemandLine line, long at, int size, string kind, ref RandomStream choice, ref RandomStream names, List<Arrival> into, List<ProjectLaunch> projects)
    {
        var requester = line.Requesters.Count == 0 ? -1 : line.RequesterAt(choice.NextDouble());
        for (var k = 0; k < size; k++)
            into.Add(new Arrival(at, requester, false));
        var nameSeed = (int)(names.NextBits() >> 33);
        projects.Add(new ProjectLaunch(nameSeed, lab, line.TaskType, at, size, kind));
    }

    private void AddSpillover(DemandLine line, int tick, long startMs, long endMs, double mean, ref RandomStream choice, List<Arrival> into)
    {
        if (mean <= 0)
            return;
        var entity = LabEntities.Line(lab, line.Index);
        var count = RandomStream.For(seed, entity, tick, StreamPurpose.SpilloverCount).NextPoisson(mean);
        var placement = RandomStream.For(seed, entity, tick, StreamPurpose.SpilloverTimes);
        for (long i = 0; i < count; i++)
        {
            var at = startMs + (long)(placement.NextDouble() * (endMs - startMs));
            var requester = line.Requesters.Count == 0 ? -1 : line.RequesterAt(choice.NextDouble());
            into.Add(new Arrival(at, requester, true));
        }
    }

    private double Rhythm(DemandSpec spec, long ms)
    {
        var hour = SimTime.LocalMinuteOfDay(ms, utcOffsetMinutes) / 60.0;
        var daily = 1.0 + (spec.DailyAmplitude * Math.Cos(2 * Math.PI * (hour - spec.PeakHour) / 24.0));
        var weekend = SimTime.LocalDayOfWeek(ms, utcOffsetMinutes) >= 5 ? spec.WeekendFactor : 1.0;
        return daily * weekend;
    }
}
