using CrowdSim.Model.Scenario;
using CsCheck;
using static CrowdSim.Testing.Generators.BusyScenarios;
using static CrowdSim.Testing.Generators.Gens;

namespace CrowdSim.Testing.Generators;

/// <summary>
/// Events for <see cref="BusyScenarios"/>: wage changes (by vendors and platforms), surges and one-off
/// batches, automation shocks, every policy switched on (or off) on one platform or all, market
/// exits and recruitment drives. Up to five, in time order, half of them early in the run.
/// </summary>
public static class BusyEvents
{
    /// <summary>The events of a world.</summary>
    public static Gen<ScenarioEvent[]> Of(GeneratedWorld world) => world.Events(5, at => Event(world, at));

    private static Gen<ScenarioEvent> Event(GeneratedWorld world, long at)
    {
        (string Lab, string TaskType)[] demanded = [.. ScenarioRules.DemandedLines(world.Labs).Distinct()];
        var kinds = new List<(int, IGen<ScenarioEvent>)>
        {
            (2, WageChange(world, at)),
            (2,
                from target in Gen.OneOf(demanded)
                from multiplier in Gen.Frequency<double>((1, Gen.Const(1.0)), (2, Uniform(0.1, 4)))
                from duration in Gen.Long[multiplier == 1 ? 0 : 1, 2 * 1440]
                from batch in Gen.Int[multiplier == 1 ? 1 : 0, 200]
                select (ScenarioEvent)new TaskSurge(at, target.Lab, target.TaskType, multiplier, duration, batch)),
            (1,
                from target in Gen.OneOf(demanded)
                from share in Share
                from ramp in Gen.Frequency<long>((1, Gen.Const(0L)), (2, Gen.Long[0, 2 * 1440]))
                select (ScenarioEvent)new AutomationShock(at, target.Lab, target.TaskType, share, ramp)),
            (4, Policy(world, at)),
            (1,
                from pool in Gen.OneOf(world.Pools)
                from recruits in Gen.Int[1, 20]
                select (ScenarioEvent)new RecruitmentDrive(at, pool.Id, recruits)),
        };
        if (world.Vendors.Length > 0)
        {
            kinds.Add((1,
                from vendor in Gen.OneOf(world.Vendors)
                from region in Gen.OneOf(world.Regions)
                select (ScenarioEvent)new MarketExit(at, vendor.Id, region.Id)));
        }
        return Gen.Frequency<ScenarioEvent>([.. kinds]);
    }

    private static Gen<ScenarioEvent> WageChange(GeneratedWorld world, long at) =>
        from vendor in world.Vendors.Length == 0 ? Gen.Const((VendorSpec?)null) : Maybe(Gen.OneOf(world.Vendors), 0.6)
        from platform in Gen.OneOf(world.Platforms)
        from region in Maybe(Gen.OneOf(world.Regions), 0.5)
        from taskType in Maybe(Gen.OneOf(world.TaskTypes), 0.5)
        from isFactor in Gen.Bool
        from factor in Uniform(0.2, 3)
        from rate in Uniform(0, 2)
        select (ScenarioEvent)new WageChange(
            at,
            vendor?.Id,
            vendor is null ? platform.Id : null,
            region?.Id,
            taskType?.Id,
            isFactor ? factor : null,
            isFactor ? null : rate);

    private static Gen<ScenarioEvent> Policy(GeneratedWorld world, long at) =>
        from kind in Gen.Enum<PolicyKind>()
        from platform in Maybe(Gen.OneOf(world.Platforms), 0.5)
        from region in kind == PolicyKind.PayFloor ? Maybe(Gen.OneOf(world.Regions), 0.5) : Gen.Const((RegionSpec?)null)
        from enabled in Gen.Frequency<bool>((4, Gen.Const(true)), (1, Gen.Const(false)))
        from value in kind switch
        {
            PolicyKind.PayFloor => Uniform(0.5, 15),
            PolicyKind.PaidTraining => Uniform(0, 10),
            PolicyKind.MaxContinuousHours => WholeMinutesAsHours(15, 6 * 60),
            _ => Share,
        }
        let parameter = enabled ? value : (double?)null
        select (ScenarioEvent)new PolicyChange(
            at,
            kind,
            platform?.Id,
            region?.Id,
            kind is PolicyKind.PayFloor or PolicyKind.PaidTraining ? parameter : null,
            kind == PolicyKind.MaxContinuousHours ? parameter : null,
            kind == PolicyKind.FeeCap ? parameter : null,
            enabled);
}
