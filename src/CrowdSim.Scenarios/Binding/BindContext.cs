using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios.Binding;

/// <summary>What the section binders share: the error log and the entities bound so far, for references.</summary>
internal sealed class BindContext(ErrorLog errors)
{
    public ErrorLog Errors { get; } = errors;

    public Catalog<RegionSpec> Regions { get; } = new("region", errors);

    public Catalog<TaskTypeSpec> TaskTypes { get; } = new("task type", errors);

    public Catalog<PlatformSpec> Platforms { get; } = new("platform", errors);

    public Catalog<VendorSpec> Vendors { get; } = new("vendor", errors);

    public Catalog<LabSpec> Labs { get; } = new("lab", errors);

    public Catalog<WorkerPoolSpec> WorkerPools { get; } = new("worker pool", errors);

    /// <summary>Local currencies declared by regions, for amounts given in them.</summary>
    public Currencies Currencies { get; } = new();
}
