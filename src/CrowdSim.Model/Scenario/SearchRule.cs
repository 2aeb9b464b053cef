namespace CrowdSim.Model.Scenario;

/// <summary>How crowd workers on a platform find work.</summary>
public enum SearchRule
{
    /// <summary>Perfect information: a free worker sees the head of every open group and takes the best-paying acceptable one.</summary>
    Perfect,

    /// <summary>A listing: the worker sees a page of groups under one sort order, values them with what they have learnt, and batches.</summary>
    Listing,
}
