namespace CrowdSim.Runs.Hosting;

/// <summary>The cluster named by <c>--cluster</c> cannot be reached: its Redis, or any silo. The message is one line naming the address (without its password) and the reason.</summary>
public sealed class ClusterUnavailableException(string message, Exception inner) : Exception(message, inner);
