using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Market;

/// <summary>
/// Pay is set per task type × region; a cell's index is <c>taskType × regions + region</c>.
/// </summary>
public static class PayCells
{
    /// <summary>The index of a (task type, region) cell.</summary>
    public static int Of(ScenarioSpec spec, int taskType, int region) => (taskType * spec.Regions.Count) + region;

    /// <summary>The cells a wage change applies to: its task type and region, or all of them where it names none.</summary>
    public static IEnumerable<int> Affected(ScenarioSpec spec, WageChange change)
    {
        for (var t = 0; t < spec.TaskTypes.Count; t++)
        {
            if (change.TaskType is not null && spec.TaskTypes[t].Id != change.TaskType)
                continue;
            for (var r = 0; r < spec.Regions.Count; r++)
            {
                if (change.Region is null || spec.Regions[r].Id == change.Region)
                    yield return Of(spec, t, r);
            }
        }
    }
}
