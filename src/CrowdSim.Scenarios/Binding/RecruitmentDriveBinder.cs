using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios.Binding;

/// <summary>Binds a <c>recruitment_drive</c> event: a one-off intake into a worker pool's boot camp.</summary>
internal static class RecruitmentDriveBinder
{
    public const string TypeName = "recruitment_drive";

    public static readonly string[] Keys = ["pool", "recruits"];

    public static RecruitmentDrive Bind(NodeReader item, BindContext context, long atMinute) =>
        new(
            atMinute,
            context.WorkerPools.Reference(item, "pool", required: true)?.Id ?? "",
            (int)(item.RequiredInteger("recruits", Limits.Between(1, ScenarioBinder.MaxWorkers)) ?? 1));
}
