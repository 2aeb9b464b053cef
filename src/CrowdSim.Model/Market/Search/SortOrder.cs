namespace CrowdSim.Model.Market.Search;

/// <summary>How a marketplace listing of task groups is sorted for one search.</summary>
internal enum SortOrder
{
    /// <summary>Most recent post into the group first.</summary>
    Newest,

    /// <summary>Most tasks available first.</summary>
    MostTasks,

    /// <summary>Highest reward per task first.</summary>
    Reward,
}
