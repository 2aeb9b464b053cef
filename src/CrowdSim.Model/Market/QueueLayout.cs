using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Market;

/// <summary>
/// The queues each platform holds, derived from the scenario: one per vendor × task type the vendor
/// is contracted for, then one per lab × task type the lab posts directly. Order is scenario order.
/// </summary>
public static class QueueLayout
{
    /// <summary>The queue keys of one platform, in queue-index order.</summary>
    public static IReadOnlyList<QueueKey> For(ScenarioSpec spec, int platform)
    {
        var keys = new List<QueueKey>();
        var platformId = spec.Platforms[platform].Id;
        for (var v = 0; v < spec.Vendors.Count; v++)
        {
            if (spec.Vendors[v].Platform != platformId)
                continue;
            for (var t = 0; t < spec.TaskTypes.Count; t++)
            {
                var typeId = spec.TaskTypes[t].Id;
                var vendorId = spec.Vendors[v].Id;
                if (spec.Labs.Any(l => l.Demand.Any(d => d.Vendor == vendorId && d.TaskType == typeId)))
                    keys.Add(new QueueKey(-1, v, t));
            }
        }
        for (var l = 0; l < spec.Labs.Count; l++)
        {
            for (var t = 0; t < spec.TaskTypes.Count; t++)
            {
                var typeId = spec.TaskTypes[t].Id;
                var demand = spec.Labs[l].Demand;
                if (demand.Any(d => d.Platform == platformId && d.TaskType == typeId && d.Requesters is null))
                    keys.Add(new QueueKey(l, -1, t));
                for (var line = 0; line < demand.Count; line++)
                {
                    if (demand[line].Platform != platformId || demand[line].TaskType != typeId || demand[line].Requesters is not { } requesters)
                        continue;
                    for (var r = 0; r < requesters.Count; r++)
                        keys.Add(new QueueKey(l, -1, t, QueueKey.RequesterKey(line, r)));
                }
            }
        }
        return keys;
    }

    /// <summary>
    /// The name of the queue's group for reporting: platform/poster/taskType. The requesters of one
    /// lab's direct posting share a group, so reports stay small however many requesters there are.
    /// </summary>
    public static string GroupName(ScenarioSpec spec, int platform, QueueKey key)
    {
        var poster = key.Vendor >= 0 ? spec.Vendors[key.Vendor].Id : spec.Labs[key.Lab].Id;
        return $"{spec.Platforms[platform].Id}/{poster}/{spec.TaskTypes[key.TaskType].Id}";
    }

    /// <summary>Each platform's report groups: (group name, indices of its queues), in order of first queue.</summary>
    public static IReadOnlyList<(string Name, int[] Queues)> Groups(ScenarioSpec spec, int platform)
    {
        var keys = For(spec, platform);
        return keys
            .Select((key, index) => (Name: GroupName(spec, platform, key), Index: index))
            .GroupBy(k => k.Name, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(k => k.Index).ToArray()))
            .ToArray();
    }

    /// <summary>A readable name for a queue, e.g. <c>managed-crowd/tasklane/bbox</c>.</summary>
    public static string Name(ScenarioSpec spec, int platform, QueueKey key)
    {
        var poster = key.Vendor >= 0 ? spec.Vendors[key.Vendor].Id : spec.Labs[key.Lab].Id;
        if (key.Requester >= 0)
            poster += $"-r{key.Requester / QueueKey.RequestersPerLine}.{key.Requester % QueueKey.RequestersPerLine:D3}";
        return $"{spec.Platforms[platform].Id}/{poster}/{spec.TaskTypes[key.TaskType].Id}";
    }
}
