namespace CrowdSim.Model.Scenario;

/// <summary>A vendor leaves a region overnight: its work is no longer offered there.</summary>
public sealed record MarketExit(long AtMinute, string Vendor, string Region) : ScenarioEvent(AtMinute)
{
    public override string TypeName => "market_exit";
}
