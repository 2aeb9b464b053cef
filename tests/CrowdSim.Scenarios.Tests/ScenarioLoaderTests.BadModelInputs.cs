namespace CrowdSim.Scenarios.Tests;

public sealed partial class ScenarioLoaderTests
{
    /// <summary>Bad values of the full model's keys: name, YAML, expected line and column, and a distinctive part of the message.</summary>
    public static TheoryData<string, string, int, int, string> BadModelInputs => new()
    {
        { "65 task types", MinimalScenario.WithTaskTypes(65), 9, 3, "`taskTypes`: 65 task types, more than the 64 allowed (a worker's qualifications are kept as a 64-bit set)" },
        { "training without a pass rate", WithTaskTypeKey("training: {hours: 4}"), 11, 15, "missing required key `passRate`" },
        { "training pass rate above 1", WithTaskTypeKey("training: {hours: 4, passRate: 1.5}"), 11, 36, "`passRate`: expected a share between 0 and 1 (like 0.2 or 20%), got 1.5" },
        { "zero difficulty", WithTaskTypeKey("difficulty: 0"), 11, 17, "`difficulty`: expected a number > 0, got 0" },
        { "unknown handling distribution", WithTaskTypeKey("handling: gamma"), 11, 15, "`handling`: expected one of lognormal, exponential, got gamma" },
        { "spread with exponential handling", WithTaskTypeKey("handling: exponential\n    minutesSigma: 0.5"), 12, 19, "only lognormal handling times have a spread; leave `minutesSigma` out with `handling: exponential`" },
        { "misspelled task type key", WithTaskTypeKey("abandonShar: 0.1"), 11, 5, "unknown key `abandonShar`; did you mean `abandonShare`?" },
        { "notifications not a boolean", MinimalScenario.With("kind: open-marketplace", "kind: open-marketplace\n    notifications: yes"), 14, 20, "`notifications`: expected true or false, got yes" },
        { "deactivation after no reviews", MinimalScenario.With("kind: open-marketplace", "kind: open-marketplace\n    deactivation: {rejectionRate: 0.2, minReviewed: 0}"), 14, 53, "`minReviewed`: expected an integer >= 1, got 0" },
        { "cheapest-first without spillover", WithWagePolicy("{kind: cheapest-first}"), 21, 17, "missing required key `spillover`" },
        { "surge maxMultiplier below 1", WithWagePolicy("{kind: surge, maxMultiplier: 0.5}"), 21, 46, "`maxMultiplier`: expected a number >= 1, got 0.5" },
        { "surge without its parameters", WithWagePolicy("surge"), 21, 17, "`wagePolicy`: a surge wage policy needs parameters; write it as a mapping, e.g. `{kind: surge, maxMultiplier: 2}`" },
        { "misspelled wage policy", WithWagePolicy("fixd"), 21, 17, "`wagePolicy`: expected `fixed` or a mapping with keys kind, spillover, maxMultiplier, backlogTasks, got fixd; did you mean `fixed`?" },
        { "unknown wage policy kind", WithWagePolicy("{kind: cheapest}"), 21, 24, "`kind`: expected one of fixed, cheapest-first, surge, got cheapest; did you mean `cheapest-first`?" },
        { "surge parameter on cheapest-first", WithWagePolicy("{kind: cheapest-first, spillover: 2h, maxMultiplier: 2}"), 21, 70, "`maxMultiplier`: a cheapest-first wage policy takes only `spillover`" },
        { "requesters on a vendor line", WithDemandKey("requesters: {count: 5, payMedianUsdPerHour: 4}"), 28, 21, "`requesters`: only a direct posting on an open marketplace (`platform:`) has requesters of its own; this line goes through vendor `tasklane`" },
        { "too many requesters", DirectPosting().Edit("priceUsd: 0.3", "priceUsd: 0.3\n        requesters: {count: 4096, payMedianUsdPerHour: 4}"), 28, 29, "`count`: expected an integer between 1 and 4095, got 4096" },
        { "requesters without a median", DirectPosting().Edit("priceUsd: 0.3", "priceUsd: 0.3\n        requesters: {count: 5}"), 28, 21, "missing required key `payMedianUsdPerHour`" },
        { "requester correlation above 1", DirectPosting().Edit("priceUsd: 0.3", "priceUsd: 0.3\n        requesters: {count: 5, payMedianUsdPerHour: 4, payVolumeCorrelation: 1.5}"), 28, 78, "`payVolumeCorrelation`: expected a number between -1 and 1, got 1.5" },
        { "spillover to a task type the lab does not demand", WithSecondTaskType().Edit("priceUsd: 0.3", "priceUsd: 0.3\n        spillover: {taskType: rlhf, tasksPerAutomated: 0.1}"), 30, 31, "`taskType`: lab `lab-alpha` does not demand task type `rlhf` (it demands: bbox), so spilled-over work would have nowhere to go" },
        { "spillover to an unknown task type", WithDemandKey("spillover: {taskType: bbx, tasksPerAutomated: 0.1}"), 28, 31, "`taskType`: unknown task type `bbx`; did you mean `bbox`?" },
        { "spillover without a rate", WithDemandKey("spillover: {taskType: bbox}"), 28, 20, "missing required key `tasksPerAutomated`" },
        { "negative error rate sigma", WithPoolKey("errorRateSigma: -0.1"), 33, 21, "`errorRateSigma`: expected a number >= 0, got -0.1" },
        { "adaptation above 1", WithPoolKey("adaptation: 2"), 33, 17, "`adaptation`: expected a share between 0 and 1 (like 0.2 or 20%), got 2" },
        { "fatigue onset negative", WithPoolKey("fatigue: {onsetHours: -1}"), 33, 27, "`onsetHours`: expected a number >= 0, got -1" },
        { "misspelled churn none", WithPoolKey("churn: nne"), 33, 12, "`churn`: expected `none` or a mapping with keys weeklyHazard, lowEarningsMultiplier, noEarningsExit, got nne; did you mean `none`?" },
        { "adaptation floor above 1", WithPoolKey("adaptation: {floor: 1.5}"), 33, 25, "`floor`: expected a share between 0 and 1 (like 0.2 or 20%), got 1.5" },
        { "discouragement max factor below 1", WithPoolKey("discouragement: {maxFactor: 0.5}"), 33, 33, "`maxFactor`: expected a number >= 1, got 0.5" },
        { "no-earnings exit above 1", WithPoolKey("churn: {noEarningsExit: 2}"), 33, 29, "`noEarningsExit`: expected a share between 0 and 1 (like 0.2 or 20%), got 2" },
        { "churn hazard above 1", WithPoolKey("churn: {weeklyHazard: 150%}"), 33, 27, "`weeklyHazard`: expected a share between 0 and 1 (like 0.2 or 20%), got 150%" },
        { "recruitment interval without a unit", MinimalScenario.WithRecruitment("{every: 14, recruits: 5, bootcampHours: 20, dropOut: 0.5}"), 33, 26, "`every`: expected a duration greater than zero like 15m, 36h, 14d or 2h30m, got 14" },
        { "recruitment without recruits", MinimalScenario.WithRecruitment("{every: 14d, recruits: 0, bootcampHours: 20, dropOut: 0.5}"), 33, 41, "`recruits`: expected an integer between 1 and 50000000, got 0" },
        { "employment vendor platform not in pool platforms", WithEmployment("tasklane", "\"08:00-17:00\"").Edit("    platforms: [managed-crowd]", "    platforms: [open-market]"), 34, 15, "`vendor`: vendor `tasklane` posts on platform `managed-crowd`, which is not one of this pool's platforms (open-market); add it to the pool's `platforms`" },
        { "employment by an unknown vendor", WithEmployment("taskline", "\"08:00-17:00\""), 34, 15, "`vendor`: unknown vendor `taskline`; did you mean `tasklane`?" },
        { "employment shift unreadable", WithEmployment("tasklane", "8-17"), 38, 14, "`shift`: expected a local time window like 08:00-17:00 (start and end different), or always, got 8-17" },
        { "recruits over the worker limit", MinimalScenario.WithRecruitment("{every: 1d, recruits: 2000000, bootcampHours: 0, dropOut: 0}"), 29, 3, "`workers`: 60,000,100 workers in total (100 at the start and up to 60,000,000 recruited over 30 days), more than the 50,000,000 a run can hold in memory" },
        { "recruitment drive over the worker limit", MinimalScenario.Yaml + MinimalScenario.Drive("ke-crowd", 50_000_000), 29, 3, "`workers`: 50,000,100 workers in total (100 at the start and up to 50,000,000 recruited over 30 days)" },
        { "unknown policy", WithEvent("policy", "policy: pay-flor\n    usdPerHour: 2"), 41, 13, "`policy`: expected one of pay-floor, paid-training, notifications, pay-rejected, transparency, max-continuous-hours, fee-cap, got pay-flor; did you mean `pay-floor`?" },
        { "pay floor without usdPerHour", WithEvent("policy", "policy: pay-floor"), 39, 5, "missing required key `usdPerHour` (policy `pay-floor` needs it when switched on)" },
        { "pay floor of zero", WithEvent("policy", "policy: pay-floor\n    usdPerHour: 0"), 42, 17, "`usdPerHour`: expected a number > 0, got 0" },
        { "region on a fee cap", WithEvent("policy", "policy: fee-cap\n    share: 10%\n    region: kenya"), 43, 13, "`region`: only a pay-floor or notifications can be limited to one region; policy `fee-cap` applies in every region" },
        { "parameter on a policy that takes none", WithEvent("policy", "policy: notifications\n    hours: 3"), 42, 12, "`hours`: policy `notifications` takes no parameters" },
        { "wrong parameter for a policy", WithEvent("policy", "policy: max-continuous-hours\n    usdPerHour: 3\n    hours: 12"), 42, 17, "`usdPerHour`: policy `max-continuous-hours` takes only `hours`" },
        { "policy on an unknown platform", WithEvent("policy", "policy: transparency\n    platform: open-markt"), 42, 15, "`platform`: unknown platform `open-markt`; did you mean `open-market`?" },
        { "policy enabled not a boolean", WithEvent("policy", "policy: pay-rejected\n    enabled: off"), 42, 14, "`enabled`: expected true or false, got off" },
        { "misspelled policy key", WithEvent("policy", "policy: pay-floor\n    usdPerhour: 2"), 42, 5, "unknown key `usdPerhour`; did you mean `usdPerHour`?" },
        { "market exit from an unknown region", WithEvent("market_exit", "vendor: tasklane\n    region: kenia"), 42, 13, "`region`: unknown region `kenia`; did you mean `kenya`?" },
        { "market exit without a vendor", WithEvent("market_exit", "region: kenya"), 39, 5, "missing required key `vendor`" },
        { "recruitment drive for an unknown pool", WithEvent("recruitment_drive", "pool: ke-crwod\n    recruits: 10"), 41, 11, "`pool`: unknown worker pool `ke-crwod`; did you mean `ke-crowd`?" },
        { "recruitment drive of nobody", WithEvent("recruitment_drive", "pool: ke-crowd\n    recruits: 0"), 42, 15, "`recruits`: expected an integer between 1 and 50000000, got 0" },
    };

    private static string WithTaskTypeKey(string line) => MinimalScenario.With("    meanMinutes: 2\n", $"    meanMinutes: 2\n    {line}\n");

    private static string WithWagePolicy(string value) => MinimalScenario.With("      - {taskType: bbox, region: kenya, usd: 0.05}", $"      - {{taskType: bbox, region: kenya, usd: 0.05}}\n    wagePolicy: {value}");

    private static string WithDemandKey(string line) => MinimalScenario.With("priceUsd: 0.3", $"priceUsd: 0.3\n        {line}");

    private static string DirectPosting() => MinimalScenario.With("        vendor: tasklane", "        platform: open-market");

    private static string WithPoolKey(string line) => MinimalScenario.With("    platforms: [managed-crowd]", $"    platforms: [managed-crowd]\n    {line}");

    private static string WithEmployment(string vendor, string shift) =>
        WithPoolKey($"employment:\n      vendor: {vendor}\n      lab: lab-alpha\n      wageUsdPerHour: 1.5\n      billUsdPerHour: 12.5\n      shift: {shift}");

    /// <summary>The scenario with an event of <paramref name="type"/> on day 6 appended (it starts on line 39; its keys from line 41).</summary>
    private static string WithEvent(string type, string keys) => MinimalScenario.Yaml + $"  - at: day 6\n    type: {type}\n    {keys}\n";
}
