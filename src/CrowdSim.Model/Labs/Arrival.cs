namespace CrowdSim.Model.Labs;

/// <summary>A task about to be created on a demand line: when, for which requester (-1: none), and whether spill-over made it.</summary>
internal readonly record struct Arrival(long AtMs, int Requester, bool Spillover) : IComparable<Arrival>
{
    /// <summary>Time order; ties broken by requester, then ordinary before spill-over, so sorting is deterministic.</summary>
    public int CompareTo(Arrival other)
    {
        var byTime = AtMs.CompareTo(other.AtMs);
        if (byTime != 0)
            return byTime;
        var byRequester = Requester.CompareTo(other.Requester);
        return byRequester != 0 ? byRequester : Spillover.CompareTo(other.Spillover);
    }
}
