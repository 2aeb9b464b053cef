using CrowdSim.Experiments.Statistics;
using CrowdSim.Model.Scenario;
using static CrowdSim.DocGen.DocNumbers;

namespace CrowdSim.DocGen;

/// <summary>
/// Stylised fact 5: the unpaid share of workers' time responds to notifications (notifications against
/// baseline), and notifying one region's workers moves work towards them (the policy for India only).
/// </summary>
internal static class NotificationsFact
{
    public const string Region = "india";

    private const long MinutesPerDay = 24 * 60;

    public static StylisedFact Build(ScenarioSpec baseline, ScenarioSpec notifications, int replications)
    {
        var off = new FactArm("baseline", FactScenarios.Replicate(baseline, replications));
        var on = new FactArm("notifications", FactScenarios.Replicate(notifications, replications));
        var regional = new FactArm($"notifications for {Region} only", FactScenarios.Replicate(FactScenarios.NotificationsOnlyIn(notifications, Region), replications));
        var pools = MarketplaceOnlyPools(baseline);
        var text =
            "**Mechanism**: the `notifications` policy (docs/MODEL.md, \"Policies\"): a platform tells its members when there is work, so a check that finds " +
            "nothing costs no search and does not wake a night checker, and a check that finds work costs less search; with a platform's `push` " +
            "(docs/MODEL.md, \"Push alerts\"), each project launched is pushed to the members of the regions offered it, who see the alert with " +
            "probability `seen` (0.8, Mehrotra et al. 2016) when awake and look after a median `delayMinutes` (5, an assumption), whether or not the work is still there. " +
            $"The `{notifications.Name}` scenario extends `{baseline.Name}`; in it, {Switches(notifications)}. " +
            "**Fact**: unpaid time, most of it searching for work, falls when workers are told where the work is; and work goes to whoever is told first. " +
            "**Published (outcomes, compared with)**: no study we found measures the effect of notifications on unpaid time, so the unpaid share is compared " +
            "by direction only (Hara et al. 2018 count searching as unpaid work); Bernstein et al. (2011, *UIST*, \"Crowds in two seconds\") [`first_pickup_latency`] " +
            "find that work waits hours for a first worker without recruitment and seconds with workers paid to stand by, so waits should shorten (direction only). " +
            $"**Measures**: the pooled unpaid share of all workers' hours, the mean wait to first pickup over every task, and, with the policy limited to `{Region}` " +
            $"(`PolicyChange.Region`), the share of the paid hours of the pools that work only on the open marketplace ({string.Join(", ", pools.Select(p => $"`{p}`"))}) worked in `{Region}`. " +
            "**Contrast**: the baseline, without notifications.";
        return new StylisedFact("An unpaid share that responds to notifications", text,
            [
                new("unpaid share of workers' hours", on, off, r => r.Summary.WorkerOutcomes.UnpaidShare, OutcomeRange.Share, Pct,
                    FactTarget.Towards(RangeSide.Below, "lower (direction only)")),
                new("mean wait to first pickup (min)", on, off, r => r.Summary.Queue.MeanWaitMinutes, OutcomeRange.NonNegative, F2,
                    FactTarget.Towards(RangeSide.Below, "shorter (Bernstein et al. 2011; direction only)")),
                new($"share of marketplace-only paid hours worked in `{Region}`", regional, off, RegionShareOfMarketplaceHours, OutcomeRange.Share, Pct,
                    FactTarget.Towards(RangeSide.Above, "higher (direction only)")),
            ]);
    }

    /// <summary>When and where the scenario switches notifications on, in words.</summary>
    private static string Switches(ScenarioSpec spec)
    {
        var on = spec.Events.OfType<PolicyChange>().Where(p => p.Policy == PolicyKind.Notifications && p.Enabled).ToArray();
        var platforms = spec.Platforms.Where(p => p.Notifications).Select(p => $"`{p.Id}`").ToArray();
        var parts = on.Select(p => $"the policy is on for {(p.Platform is null ? "every platform" : $"`{p.Platform}`")} from day {(p.AtMinute / MinutesPerDay) + 1}")
            .Concat(platforms.Length == 0 ? [] : [$"{string.Join(" and ", platforms)} notify from the start"])
            .ToArray();
        return parts.Length == 0 ? "nothing switches notifications on" : string.Join("; ", parts);
    }

    /// <summary>Worker pools whose every platform is an open marketplace.</summary>
    public static IReadOnlyList<string> MarketplaceOnlyPools(ScenarioSpec spec) =>
        [.. spec.WorkerPools.Where(p => p.Platforms.All(id => spec.Platforms[spec.PlatformIndex(id)].Kind == PlatformKind.OpenMarketplace)).Select(p => p.Id)];

    private static double RegionShareOfMarketplaceHours(ScenarioRun run)
    {
        var pools = MarketplaceOnlyPools(run.Spec).Select(run.Pool).ToHashSet();
        var region = run.Spec.RegionIndex(Region);
        var workers = run.Workers.Where(w => w.InWindow && pools.Contains(w.Pool)).ToArray();
        return FactStatistics.Share(workers.Where(w => w.Region == region).Sum(w => (double)w.PaidMs), workers.Sum(w => (double)w.PaidMs));
    }
}
