using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios.Binding;

/// <summary>
/// Binds a worker pool's <c>employment</c>: salaried shift work for a vendor, billed to a lab. The
/// vendor's platform must be one of the pool's platforms, or its work would never reach them.
/// </summary>
internal static class EmploymentBinder
{
    public const string Key = "employment";

    private static readonly string[] Keys = ["vendor", "lab", "wageUsdPerHour", "billUsdPerHour", "shift"];

    public static EmploymentSpec? Bind(NodeReader pool, BindContext context, IReadOnlyList<string> poolPlatforms)
    {
        if (pool.Mapping(Key, Keys) is not { } employment)
            return null;
        var vendor = context.Vendors.Reference(employment, "vendor", required: true);
        if (vendor is not null && poolPlatforms.Count > 0 && !poolPlatforms.Contains(vendor.Platform))
        {
            employment.Report(employment.Optional("vendor")!, "vendor",
                $"vendor `{vendor.Id}` posts on platform `{vendor.Platform}`, which is not one of this pool's platforms ({string.Join(", ", poolPlatforms)}); add it to the pool's `platforms`");
        }
        var lab = context.Labs.Reference(employment, "lab", required: true);
        var wage = employment.RequiredNumber("wageUsdPerHour", Limits.Money);
        var bill = employment.RequiredNumber("billUsdPerHour", Limits.Money);
        var shift = employment.RequiredValue("shift", Formats.Shift);
        var always = shift is { Start: < 0 };
        return new EmploymentSpec(vendor?.Id ?? "", lab?.Id ?? "", wage ?? 0, bill ?? 0, always ? 0 : shift?.Start ?? 0, always ? 0 : shift?.End ?? 0)
        {
            RoundTheClock = always,
        };
    }
}
