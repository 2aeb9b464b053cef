using System.Reflection;
using CrowdSim.Model.Labs;
using CrowdSim.Model.Market;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Simulation;
using CrowdSim.Model.Vendors;
using CrowdSim.Model.Vendors.Pricing;
using CrowdSim.Model.Workers;

namespace CrowdSim.Model.Tests.Checkpoints;

/// <summary>
/// Every instance field of the checkpointed types is either saved or declared here as derived from
/// the scenario (or as a buffer that is empty or unused between ticks), with the reason. A field
/// added to one of these types fails the test until its author decides which it is, and saves it
/// if it changes over a run.
/// </summary>
public class CheckpointFieldsTests
{
    private const string Saved = "saved";

    private static readonly Dictionary<Type, (string Field, string Reason)[]> Fields = new()
    {
        [typeof(LocalSimulation)] =
        [
            ("_spec", "the scenario, a constructor argument"),
            ("_labs", Saved), ("_vendors", Saved), ("_platforms", Saved), ("_cohorts", Saved),
            ("_workersPerCohort", "a constructor argument; the cohorts' count and ranges are checked on restore"),
            ("_plan", "its next tick is saved; when each cohort is next due is read back from the restored cohorts"),
            ("_paused", "set only by StepUntil, after which Save throws"),
            ("_postedAhead", "demand held for coming ticks within a step; empty between steps, and Save throws otherwise"),
            ("Totals", Saved), ("Window", Saved),
        ],
        [typeof(TickPlan)] =
        [
            ("_spec", "the scenario, a constructor argument"),
            ("_events", "the scenario's timeline, built from the scenario"),
            ("_cohortNextCheckMs", Saved),
            ("_touched", "the cohorts to close the tick under way; all cleared when a step ends, and Save comes between steps"),
            ("_maxTicksAhead", "from the scenario's steady demand"),
            ("_signals", Saved),
            ("NextTick", Saved),
        ],
        [typeof(MarketSignalBook)] =
        [
            ("_spec", "the scenario, a constructor argument"),
            ("_vendors", "the vendors with a pricing rule, from the scenario"),
            ("_queues", "the platforms' queue layouts, from the scenario"),
            ("_sums", Saved),
        ],
        [typeof(VendorPricer)] =
        [
            ("_spec", "the scenario, a constructor argument"),
            ("_vendor", "a constructor argument"),
            ("_rule", "from the scenario"),
            ("_floor", "from the scenario's initial rates and minimum wages"),
            ("_ceiling", "from the scenario's initial rates"),
            ("_step", Saved), ("_seeded", Saved),
        ],
        [typeof(EventSchedule)] =
        [
            ("spec", "the scenario, a constructor argument"),
            ("_tickMs", "the scenario's tick length"),
            ("_ticks", "the ticks of the scenario's events"),
        ],
        [typeof(LabDemand)] =
        [
            ("_spec", "the scenario, a constructor argument"),
            ("_lab", "a constructor argument"),
            ("_lines", Saved),
            ("_arrivals", "stateless: its streams are keyed by tick"),
            ("_push", "from the scenario"),
            ("_spilloverMeans", Saved), ("_spilloverTick", Saved),
        ],
        [typeof(DemandLine)] =
        [
            ("Spec", "from the scenario"), ("Index", "from the scenario"), ("TaskType", "from the scenario"),
            ("Vendor", "from the scenario"), ("Platform", "from the scenario"), ("EscrowMicros", "from the scenario"),
            ("RewardMicros", "from the scenario"), ("Requesters", "drawn from the seed at construction"),
            ("SpilloverTarget", "from the scenario"),
            ("Surges", Saved), ("Batches", Saved),
            ("AutomationFrom", Saved), ("AutomationTo", Saved), ("AutomationStartMs", Saved), ("AutomationRampMs", Saved),
        ],
        [typeof(LineArrivals)] =
        [
            ("seed", "the scenario's seed"), ("lab", "a constructor argument"), ("utcOffsetMinutes", "the lab's clock, from the scenario"),
        ],
        [typeof(VendorBook)] =
        [
            ("_spec", "the scenario, a constructor argument"),
            ("_rates", Saved),
            ("_pricer", Saved),
            ("Platform", "from the scenario"),
        ],
        [typeof(PlatformMarket)] =
        [
            ("_spec", "the scenario, a constructor argument"),
            ("_workersPerCohort", "a constructor argument, the caller restores with the one it saved with"),
            ("_queues", Saved),
            ("_queueByKey", "a lookup of _queues by key"),
            ("_search", Saved),
            ("_sessions", Saved), ("_eventSeq", Saved), ("_sessionCount", Saved), ("_due", Saved), ("_waiting", Saved),
            ("_pendingTasks", "a tick's tasks: empty between ticks (checked)"),
            ("_pendingClaims", "a tick's claims: empty between ticks (checked)"),
            ("_outcomes", "a tick's outcomes per cohort: empty between ticks (checked)"),
            ("_touchedCohorts", "a tick's cohorts with outcomes: empty between ticks (checked)"),
            ("_inService", Saved),
            ("_expire", "a delegate to Expire"),
            ("_platform", "a constructor argument"),
            ("_taskEvents", "a tick's task log: empty between ticks (checked); whether it is kept is a constructor argument"),
            ("_occupied", Saved),
            ("_candidates", "scratch list, cleared before each use"),
            ("_money", Saved), ("_escrowHeld", Saved),
            ("_waitsAtWindowStart", Saved), ("_waitsAtWindowEnd", Saved),
            ("Policies", Saved), ("Pay", Saved),
        ],
        [typeof(Model.Market.Search.MarketSearch)] =
        [
            ("_spec", "from the scenario"), ("_seed", "the scenario's seed"),
            ("_batcher", "drawn from the seed at construction"), ("_siteUser", "drawn from the seed at construction"),
            ("_satisficer", "drawn from the scenario"), ("_searchAgainMs", "from the scenario"),
            ("_lastPostedMs", Saved), ("Memory", Saved),
            ("_listing", "scratch keys, filled before each use"), ("_page", "scratch list, cleared before each use"),
        ],
        [typeof(Model.Market.Search.SearchMemory)] =
        [
            ("_beliefs", "from the scenario"), ("_favourites", "from the scenario"),
            ("_beliefQueue", Saved), ("_beliefTasks", Saved), ("_beliefPay", Saved), ("_beliefMs", Saved),
            ("_favourite", Saved), ("_lastQueue", Saved), ("_siteTasks", Saved), ("_sitePay", Saved), ("_siteMs", Saved),
        ],
        [typeof(TaskQueue)] =
        [
            ("_returnedMs", Saved),
            ("_items", "saved as the Count waiting tasks from the head; the chunks' layout is not state"),
            ("_waitStartSum", Saved), ("_lastMs", Saved),
            ("Index", "from the layout"), ("Key", "from the layout"), ("ExpiryMs", "from the scenario"),
            ("Tick", Saved), ("Waits", Saved),
        ],
        [typeof(WorkerSession)] =
        [
            ("Claim", Saved), ("EndMs", Saved), ("PeriodStartMs", Saved), ("Qualified", Saved), ("FailedCourses", Saved),
            ("Activity", Saved), ("Current", Saved), ("CurrentQueue", "saved as the queue's index, -1 for none"),
            ("CurrentStartMs", Saved), ("CurrentPayMicros", Saved), ("CourseType", Saved), ("WaitingSinceMs", Saved),
        ],
        [typeof(PayBook)] =
        [
            ("_spec", "the scenario, a constructor argument"),
            ("_policies", "the market's Policies, saved by the market"),
            ("_feeShare", "from the scenario"),
            ("_vendorRates", Saved),
            ("_cheapestRank", "recomputed from _vendorRates on restore"),
            ("_multiplier", Saved), ("_override", Saved),
            ("Eligibility", "requesters' access rules, drawn from the scenario and its seed"),
        ],
        [typeof(PlatformPolicies)] =
        [
            ("_spec", "the scenario, a constructor argument"),
            ("_payFloorByRegion", Saved), ("PaidTrainingUsdPerHour", Saved), ("PayRejected", Saved), ("Transparency", Saved),
            ("Notifications", Saved), ("MaxContinuousMs", Saved), ("FeeCap", Saved),
        ],
        [typeof(WorkerCohort)] =
        [
            ("_spec", "the scenario, a constructor argument"),
            ("_profiles", "drawn from the seed at construction, never changed"),
            ("_poolPlatforms", "from the scenario"),
            ("_employer", "from the scenario"),
            ("_wakeUps", Saved), ("_scheduledMs", Saved), ("_status", Saved), ("_reservation", Saved),
            ("_sessionPlatform", Saved), ("_sessionStartMs", Saved), ("_sessionTasks", Saved), ("_pendingCheck", Saved),
            ("_qualified", Saved), ("_failedCourses", Saved), ("_deactivated", Saved), ("_rejectionRate", Saved),
            ("_reviewed", Saved), ("_joinedMs", Saved), ("_leftMs", Saved), ("_notifying", Saved), ("_pushedTo", Saved),
            ("_totals", Saved), ("_week", Saved), ("_tick", Saved), ("_nextWeekMs", Saved),
            ("_recentWage", Saved), ("_checkFactor", Saved),
            ("_measureFrom", "the scenario's measurement window"), ("_measureTo", "the scenario's measurement window"),
            ("_atWindowStart", Saved), ("_atWindowEnd", Saved), ("_measuredStretchMs", Saved),
            ("_measuring", "set from the tick on every call into the cohort, before it is read"),
            ("FirstId", "a constructor argument, checked on restore"), ("Count", "a constructor argument, checked on restore"),
        ],
        [typeof(WorkerTotals)] =
        [
            ("_longs", Saved), ("Deactivations", Saved),
        ],
        [typeof(WeeklyLedger)] =
        [
            ("_weekEarnings", Saved), ("_weekMs", Saved), ("_sum", Saved), ("_sumSquares", Saved), ("_weeks", Saved),
        ],
        [typeof(WaitHistogram)] = [("Counts", "saved as its non-zero buckets")],
        [typeof(RunTotals)] =
        [
            ("Ticks", Saved), ("Labs", Saved), ("Queues", Saved), ("Regions", Saved), ("RefundsByLab", Saved),
            ("MarginByVendor", Saved), ("FeesByPlatform", Saved), ("WorkerPayByPlatforms", Saved), ("TrainingPay", Saved),
            ("EscrowHeldByPlatform", Saved), ("Measured", Saved),
            ("_measureFrom", "the scenario's measurement window"), ("_measureTo", "the scenario's measurement window"),
        ],
        [typeof(WorkerSnapshot)] =
        [
            ("Totals", Saved), ("Week", Saved), ("Status", Saved), ("Reservation", Saved),
        ],
    };

    public static TheoryData<string> Types() => [.. Fields.Keys.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Types))]
    public void EveryField_IsSavedOrDeclaredDerived(string typeName)
    {
        var (type, declared) = Fields.Single(f => f.Key.Name == typeName);
        var actual = type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Select(f => Readable(f.Name)).ToArray();
        var names = declared.Select(d => d.Field).ToArray();
        Assert.True(
            actual.Order().SequenceEqual(names.Order()),
            $"{type.Name}: fields not declared here: [{string.Join(", ", actual.Except(names))}]; declared but gone: [{string.Join(", ", names.Except(actual))}]");
        Assert.All(declared, d => Assert.False(string.IsNullOrWhiteSpace(d.Reason)));
    }

    /// <summary>A property's name for its backing field, a parameter's for a captured primary-constructor parameter.</summary>
    private static string Readable(string field) =>
        field.StartsWith('<') ? field[1..field.IndexOf('>', StringComparison.Ordinal)] : field;
}
