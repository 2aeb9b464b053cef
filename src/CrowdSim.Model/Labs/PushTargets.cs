using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Labs;

/// <summary>
/// Where a lab's new work is announced by push (docs/MODEL.md, "Notifications"): for each demand
/// line, the platform its tasks appear on if that platform pushes alerts, and for each of the line's
/// requesters (or the line as one poster) the regions offered the work: a vendor's regions with a
/// piece rate for the task type, a requester's allowed regions, or every region.
/// </summary>
internal sealed class PushTargets
{
    private readonly int _regions;
    private readonly int[] _platform;
    private readonly int[][][] _offered;

    private PushTargets(ScenarioSpec spec, int lab)
    {
        _regions = spec.Regions.Count;
        var lines = spec.Labs[lab].Demand;
        _platform = new int[lines.Count];
        _offered = new int[lines.Count][][];
        var all = Enumerable.Range(0, _regions).ToArray();
        for (var l = 0; l < lines.Count; l++)
        {
            var demand = lines[l];
            var vendor = demand.Vendor is { } v ? spec.Vendors[spec.VendorIndex(v)] : null;
            var platform = spec.PlatformIndex(vendor?.Platform ?? demand.Platform!);
            _platform[l] = spec.Platforms[platform].Push is null ? -1 : platform;
            if (vendor is not null)
            {
                int[] paid = [.. all.Where(r => vendor.PieceRates.Any(p => p.TaskType == demand.TaskType && p.Region == spec.Regions[r].Id))];
                _offered[l] = [paid];
            }
            else if (demand.Requesters is { } requesters)
            {
                _offered[l] = [.. Enumerable.Range(0, requesters.Count).Select(r => RequesterAccess.For(spec, lab, l, r).Regions?.ToArray() ?? all)];
            }
            else
            {
                _offered[l] = [all];
            }
        }
    }

    /// <summary>The targets of lab <paramref name="lab"/>, or null when no platform of the scenario pushes alerts.</summary>
    public static PushTargets? For(ScenarioSpec spec, int lab) =>
        spec.Platforms.Any(p => p.Push is not null) ? new PushTargets(spec, lab) : null;

    /// <summary>An empty record of the tick's first postings: platform × region, <see cref="long.MaxValue"/> for none.</summary>
    public long[] NewRecord(int platforms)
    {
        var first = new long[platforms * _regions];
        Array.Fill(first, long.MaxValue);
        return first;
    }

    /// <summary>Notes a task of line <paramref name="line"/> (requester index <paramref name="requester"/>, -1 for none) posted at <paramref name="atMs"/>.</summary>
    public void Note(long[] first, int line, int requester, long atMs)
    {
        var platform = _platform[line];
        if (platform < 0)
            return;
        foreach (var region in _offered[line][Math.Max(requester, 0)])
        {
            ref var cell = ref first[(platform * _regions) + region];
            cell = Math.Min(cell, atMs);
        }
    }
}
