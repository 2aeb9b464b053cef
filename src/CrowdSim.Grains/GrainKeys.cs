namespace CrowdSim.Grains;

/// <summary>Grain keys of a run's participants: the run id, the kind, the index.</summary>
public static class GrainKeys
{
    public static string Lab(string runId, int index) => $"{runId}/lab/{index}";
    public static string Vendor(string runId, int index) => $"{runId}/vendor/{index}";
    public static string Platform(string runId, int index) => $"{runId}/platform/{index}";
    public static string Cohort(string runId, int index) => $"{runId}/cohort/{index}";
}
