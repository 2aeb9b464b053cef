using CrowdSim.Model.Scenario;
using CsCheck;
using static CrowdSim.Testing.Generators.AnyScenarios;

namespace CrowdSim.Testing.Generators;

/// <summary>
/// Events for <see cref="AnyScenarios"/>: wage changes, surges and batches, automation shocks, every
/// policy (switched on or off, with or without its value), recruitment drives and market exits, each
/// kind equally likely, with values at the edges.
/// </summary>
public static class AnyEvents
{
    /// <summary>Up to four events of a world, in time order, half of them early enough to fall in a short run.</summary>
    public static Gen<ScenarioEvent[]> Of(GeneratedWorld world) => world.Events(4, at => Event(world, at));

    private static Gen<ScenarioEvent> Event(GeneratedWorld world, long at)
    {
        var demanded = ScenarioRules.DemandedLines(world.Labs);
        var kinds = new List<Gen<ScenarioEvent>>
        {
            WageChange(world, at),
            from target in Gen.OneOf(demanded)
            from multiplier in Gen.Frequency<double>((1, Gen.Const(1.0)), (2, Positive(5)))
            from duration in Gen.Long[multiplier == 1 ? 0 : 1, 2 * 1440]
            from batch in Gen.Int[multiplier == 1 ? 1 : 0, 200]
            select (ScenarioEvent)new TaskSurge(at, target.Lab, target.TaskType, multiplier, duration, batch),
            from target in Gen.OneOf(demanded)
            from share in Share
            from ramp in Gen.Frequency<long>((1, Gen.Const(0L)), (2, Gen.Long[0, 2 * 1440]))
            select (ScenarioEvent)new AutomationShock(at, target.Lab, target.TaskType, share, ramp),
            Policy(world, at),
            from pool in Gen.OneOf(world.Pools)
            from recruits in Gen.Int[1, 20]
            select (ScenarioEvent)new RecruitmentDrive(at, pool.Id, recruits),
        };
        if (world.Vendors.Length > 0)
        {
            kinds.Add(
                from vendor in Gen.OneOf(world.Vendors)
                from region in Gen.OneOf(world.Regions)
                select (ScenarioEvent)new MarketExit(at, vendor.Id, region.Id));
        }
        return Gen.OneOf<ScenarioEvent>([.. kinds]);
    }

    private static Gen<ScenarioEvent> WageChange(GeneratedWorld world, long at) =>
        from vendor in world.Vendors.Length == 0 ? Gen.Const((VendorSpec?)null) : Gen.Null(Gen.OneOf(world.Vendors), 0.5)
        from platform in Gen.OneOf(world.Platforms)
        from region in Gen.Null(Gen.OneOf(world.Regions), 0.5)
        from taskType in Gen.Null(Gen.OneOf(world.TaskTypes), 0.5)
        from isFactor in Gen.Bool
        from factor in Positive(3)
        from rate in Money
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
        from platform in Gen.Null(Gen.OneOf(world.Platforms), 0.5)
        from region in kind == PolicyKind.PayFloor ? Gen.Null(Gen.OneOf(world.Regions), 0.5) : Gen.Const((RegionSpec?)null)
        from enabled in Gen.Frequency<bool>((3, Gen.Const(true)), (1, Gen.Const(false)))
        from given in enabled ? Gen.Const(true) : Gen.Bool
        from value in kind switch
        {
            PolicyKind.PayFloor => Positive(20),
            PolicyKind.PaidTraining => Money,
            PolicyKind.MaxContinuousHours => Positive(12),
            _ => Share,
        }
        let parameter = given ? value : (double?)null
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
