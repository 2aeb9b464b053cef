using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Results;
using CrowdSim.Results.Run;

namespace CrowdSim.Runs.Output;

/// <summary>Writes requesters.csv at the end of a run (not part of the result hash: it is derived from the scenario and the queues' totals).</summary>
internal static class RequestersFile
{
    public static void Write(ResultsFolder folder, ScenarioSpec spec, RunTotals totals) =>
        RequestersTable.Table.Write(folder.File(RunFiles.Requesters), RequestersTable.Rows(spec, totals));
}
