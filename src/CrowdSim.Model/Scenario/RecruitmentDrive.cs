namespace CrowdSim.Model.Scenario;

/// <summary>A one-off intake of <paramref name="Recruits"/> into a worker pool's boot camp.</summary>
public sealed record RecruitmentDrive(long AtMinute, string Pool, int Recruits) : ScenarioEvent(AtMinute)
{
    public override string TypeName => "recruitment_drive";
}
