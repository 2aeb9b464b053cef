namespace CrowdSim.Scenarios.Tests;

public sealed partial class ScenarioLoaderTests
{
    /// <summary>Name, YAML, expected line and column (0/0 for the file as a whole), and a distinctive part of the message.</summary>
    public static TheoryData<string, string, int, int, string> BadInputs => new()
    {
        { "YAML syntax error", MinimalScenario.With("    meanMinutes: 2", "    meanMinutes: 2: 3"), 10, 19, "invalid YAML: While scanning a plain scalar value, found invalid mapping." },
        { "unknown top-level key", MinimalScenario.With("workers:", "wokers:"), 28, 1, "unknown key `wokers`; did you mean `workers`?" },
        { "unknown nested key", MinimalScenario.With("    meanMinutes: 2", "    meanMinutes: 2\n    reviewShar: 0.5"), 11, 5, "unknown key `reviewShar`; did you mean `reviewShare`?" },
        { "unknown key, nothing close", MinimalScenario.With("seed: 1", "seed: 1\ncolour: red"), 3, 1, "unknown key `colour`; expected one of: name, seed, days," },
        { "wrong type", MinimalScenario.With("minimumWageUsd: 0.6", "minimumWageUsd: cheap"), 7, 21, "`minimumWageUsd`: expected a number between 0 and 1000000, got cheap" },
        { "list where a number belongs", MinimalScenario.With("tasksPerDay: 1000", "tasksPerDay: [1000]"), 26, 22, "`tasksPerDay`: expected a number >= 0, got a list" },
        { "negative count", MinimalScenario.With("count: 100", "count: -5"), 31, 12, "`count`: expected an integer >= 0, got -5" },
        { "fractional count", MinimalScenario.With("count: 100", "count: 2.5"), 31, 12, "`count`: expected an integer >= 0, got 2.5" },
        { "share above 1", MinimalScenario.With("    meanMinutes: 2", "    meanMinutes: 2\n    reviewShare: 1.4"), 11, 18, "`reviewShare`: expected a share between 0 and 1 (like 0.2 or 20%), got 1.4" },
        { "tick that does not divide an hour", MinimalScenario.With("days: 30", "days: 30\ntickMinutes: 7"), 4, 14, "`tickMinutes`: expected one of 1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60 (a tick must divide an hour), got 7" },
        { "unknown region", MinimalScenario.With("    region: kenya", "    region: kenia"), 30, 13, "`region`: unknown region `kenia`; did you mean `kenya`?" },
        { "unknown platform in a list", MinimalScenario.With("[managed-crowd]", "[managed-crwod]"), 32, 17, "`platforms`: unknown platform `managed-crwod`; did you mean `managed-crowd`?" },
        { "unknown platform kind", MinimalScenario.With("kind: open-marketplace", "kind: open-market"), 13, 11, "`kind`: expected one of open-marketplace, managed-crowd, got open-market; did you mean `open-marketplace`?" },
        { "demand through vendor and platform", MinimalScenario.With("        vendor: tasklane", "        vendor: tasklane\n        platform: open-market"), 24, 9, "give either `vendor` or `platform`, not both" },
        { "demand through neither", MinimalScenario.With("        vendor: tasklane\n", ""), 24, 9, "missing `vendor` or `platform` (exactly one is needed)" },
        { "lab posting on a managed crowd", MinimalScenario.With("        vendor: tasklane", "        platform: managed-crowd"), 25, 19, "`platform`: platform `managed-crowd` is a managed crowd; labs can only reach it through a vendor" },
        { "vendor without a rate for the task type", WithSecondTaskType().Edit("      - taskType: bbox", "      - taskType: rlhf"), 27, 17, "`vendor`: vendor `tasklane` has no piece rate for task type `rlhf`" },
        { "events out of order", MinimalScenario.Yaml + EventAt("day 3"), 39, 9, "`at`: events must be in time order; this one at day 3 comes after one at day 5" },
        { "unreadable event time", MinimalScenario.With("at: day 5", "at: tuesday"), 34, 9, "`at`: expected a time like `day 10`, `day 10 06:00` or a duration from the start like 36h or 9d12h, got tuesday" },
        { "unknown event type", MinimalScenario.With("type: task_surge", "type: task-surge"), 35, 11, "`type`: expected one of wage_change, task_surge, automation_shock, policy, market_exit, recruitment_drive, got task-surge; did you mean `task_surge`?" },
        { "surge for a task type the lab does not buy", WithSecondTaskType().Edit("    taskType: bbox\n    batch", "    taskType: rlhf\n    batch"), 39, 15, "`taskType`: lab `lab-alpha` does not demand task type `rlhf` (it demands: bbox)" },
        { "surge multiplier without a duration", MinimalScenario.With("batch: 500", "multiplier: 2"), 34, 5, "missing required key `for`" },
        { "duration without a unit", MinimalScenario.With("batch: 500", "multiplier: 2\n    for: 48"), 39, 10, "`for`: expected a duration greater than zero like 15m, 36h, 14d or 2h30m, got 48" },
        { "surge that changes nothing", MinimalScenario.With("batch: 500", "batch: 0"), 34, 5, "a task_surge needs a `multiplier` other than 1 (with `for`), or a `batch` > 0" },
        { "wage change with factor and rate", MinimalScenario.Yaml + "  - at: day 6\n    type: wage_change\n    vendor: tasklane\n    factor: 0.5\n    rateUsd: 0.1\n", 39, 5, "give either `factor` or `rateUsd`, not both" },
        { "duplicate id", MinimalScenario.With("  - id: managed-crowd", "  - id: open-market"), 14, 9, "duplicate platform id `open-market` (first defined on line 12)" },
        { "duplicate worker pool id", MinimalScenario.With("    platforms: [managed-crowd]", "    platforms: [managed-crowd]\n  - id: ke-crowd\n    region: kenya\n    count: 5\n    platforms: [open-market]"), 33, 9, "duplicate worker pool id `ke-crowd` (first defined on line 29)" },
        { "duplicate piece rate", MinimalScenario.With("      - {taskType: bbox, region: kenya, usd: 0.05}", "      - {taskType: bbox, region: kenya, usd: 0.05}\n      - {taskType: bbox, region: kenya, usd: 0.07}"), 21, 9, "duplicate piece rate for task type `bbox` in region `kenya` (first given on line 20)" },
        { "missing required key", MinimalScenario.With("    meanMinutes: 2\n", ""), 9, 5, "missing required key `meanMinutes`" },
        { "required key without a value", MinimalScenario.With("seed: 1", "seed:"), 2, 6, "`seed`: missing value" },
        { "empty required list", MinimalScenario.With("    platforms: [managed-crowd]", "    platforms: []"), 32, 16, "`platforms`: expected a non-empty list" },
        { "UTC offset out of range", MinimalScenario.With("\"+03:00\"", "\"+15:00\""), 6, 16, "`utcOffset`: expected a UTC offset like" },
        { "bad sleep window", MinimalScenario.With("    minimumWageUsd: 0.6", "    minimumWageUsd: 0.6\n    sleep: 23:00-31:00"), 8, 12, "`sleep`: expected a local time window like 23:00-07:00" },
        { "bursts alpha not above 1", MinimalScenario.With("priceUsd: 0.3", "priceUsd: 0.3\n        bursts: {perWeek: 1, minTasks: 100, alpha: 1}"), 28, 52, "`alpha`: expected a number > 1, got 1" },
        { "bursts without their smallest size", MinimalScenario.With("priceUsd: 0.3", "priceUsd: 0.3\n        bursts: {perWeek: 1}"), 28, 17, "missing required key `minTasks` (the smallest launch; needed when `perWeek` > 0)" },
        { "top level is a list", "- name: x\n- seed: 1\n", 1, 1, "expected a mapping of scenario keys" },
        { "duplicate YAML key", MinimalScenario.With("seed: 1", "seed: 1\nseed: 2"), 3, 1, "invalid YAML: Duplicate key seed" },
        { "unclosed flow list", MinimalScenario.With("[managed-crowd]", "[managed-crowd"), 32, 16, "invalid YAML: could not parse past here (an unclosed `[`, `{` or quote?)" },
        { "second YAML document", MinimalScenario.Yaml + "---\nname: other\n", 39, 1, "expected a single YAML document; found a second one" },
        { "key of another event type", MinimalScenario.Yaml + "  - at: day 6\n    type: wage_change\n    vendor: tasklane\n    factor: 0.5\n    lab: lab-alpha\n", 43, 5, "unknown key `lab`; expected one of: id, at, type, vendor, platform, region, taskType, factor, rateUsd" },
        { "empty file", "", 0, 0, "the file is empty" },
        { "only comments", "# nothing yet\n", 0, 0, "the file is empty" },
        { "alias", MinimalScenario.With("count: 100", "count: *wage").Edit("minimumWageUsd: 0.6", "minimumWageUsd: &wage 0.6"), 31, 12, "aliases (`*wage`) are not allowed in scenario files" },
        { "deep nesting", "name: " + new string('[', 40) + new string(']', 40), 1, 38, "lists and mappings are nested more than 32 levels deep" },
        { "deep nesting never closed", "name: " + new string('[', 200_000), 1, 38, "lists and mappings are nested more than 32 levels deep" },
        { "giant scalar", MinimalScenario.With("name: minimal", "name: " + new string('x', 10_001)), 1, 7, "this value is 10,001 characters long; the limit is 10,000" },
        { "too many workers in total", TwoPoolsOf(30_000_000), 29, 3, "`workers`: 60,000,000 workers in total, more than the 50,000,000 a run can hold in memory" },
        { "too many workers in one pool", MinimalScenario.With("count: 100", "count: 3000000000"), 31, 12, "`count`: 3,000,000,000 workers is more than the 50,000,000 a run can hold in memory" },
        { "demand past what a run can get through", MinimalScenario.With("tasksPerDay: 1000", "tasksPerDay: 1e15"), 22, 3, "`labs`: demand adds up to about 3E+16 tasks over 30 days, more than the 10,000,000,000 a run can get through (at about a million tasks a second, 2.8 hours); lower `tasksPerDay`, a surge or `days`" },
        { "demand of 1e300 tasks a day", MinimalScenario.With("tasksPerDay: 1000", "tasksPerDay: 1e300"), 22, 3, "`labs`: demand adds up to about 3E+301 tasks over 30 days" },
        { "a surge past what a run can get through", MinimalScenario.With("batch: 500", "batch: 500\n  - at: day 6\n    type: task_surge\n    lab: lab-alpha\n    taskType: bbox\n    multiplier: 100000000\n    for: 20d"), 22, 3, "`labs`: demand adds up to about 2,000,000,010,500 tasks over 30 days" },
        { "too many ticks", MinimalScenario.With("days: 30", "days: 3650\ntickMinutes: 1"), 3, 7, "`days`: 3650 days of 1-minute ticks is 5,256,000 ticks, more than the 5,000,000 allowed" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    [MemberData(nameof(BadModelInputs))]
    public void LoadText_WhenInputIsInvalid_ReportsTheProblemWhereItIs(string name, string yaml, int line, int column, string expected)
    {
        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(yaml, "bad.yaml"));

        Assert.True(
            exception.Errors.Any(e => e.Line == line && e.Column == column && e.Text.Contains(expected, StringComparison.Ordinal)),
            $"{name}: expected an error at {line}:{column} containing \"{expected}\", got:\n{exception.Message}");
    }

    [Fact]
    public void LoadText_WhenThereAreSeveralProblems_ReportsThemAllInFileOrder()
    {
        var yaml = MinimalScenario.With("days: 30", "days: 0")
            .Edit("    region: kenya", "    region: kenia")
            .Edit("kind: open-marketplace", "kind: open")
            .Edit("count: 100", "count: lots");

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(yaml, "bad.yaml"));

        Assert.Equal(
            [
                "bad.yaml:3:7: `days`: expected an integer between 1 and 3650, got 0",
                "bad.yaml:13:11: `kind`: expected one of open-marketplace, managed-crowd, got open; did you mean `open-marketplace`?",
                "bad.yaml:30:13: `region`: unknown region `kenia`; did you mean `kenya`?",
                "bad.yaml:31:12: `count`: expected an integer >= 0, got lots",
            ],
            exception.Errors.Select(e => e.ToString()));
        Assert.Equal(string.Join('\n', exception.Errors), exception.Message);
    }

    [Fact]
    public void LoadText_WhenThereAreVeryManyProblems_KeepsTheFirstHundredAndCountsTheRest()
    {
        var yaml = MinimalScenario.Yaml + string.Concat(Enumerable.Range(0, 150).Select(i => $"extra{i}: 1\n"));

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(yaml, "bad.yaml"));

        Assert.Equal(101, exception.Errors.Count);
        Assert.Equal("bad.yaml: ... and 50 more problems", exception.Errors[^1].ToString());
    }

    [Fact]
    public void LoadFile_WhenFileIsMissing_ReportsItWithoutAPosition()
    {
        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile("Scenarios/no-such-file.yaml"));

        Assert.Equal("Scenarios/no-such-file.yaml: file not found", Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public void LoadText_WhenTextIsLargerThan10MB_RefusesItBeforeParsing()
    {
        var yaml = "# " + new string('x', (int)ScenarioLoader.MaxFileBytes);

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(yaml, "huge.yaml"));

        Assert.Equal("huge.yaml: the file is 10,485,762 bytes; scenario files are limited to 10 MB (10,485,760 bytes)", exception.Message);
    }

    private static string WithSecondTaskType() =>
        MinimalScenario.With("    meanMinutes: 2", "    meanMinutes: 2\n  - id: rlhf\n    meanMinutes: 10");

    private static string EventAt(string at) =>
        $"  - at: {at}\n    type: automation_shock\n    lab: lab-alpha\n    taskType: bbox\n    share: 0.5\n";

    private static string TwoPoolsOf(int count) =>
        MinimalScenario.With("count: 100", $"count: {count}")
            .Edit("events:", $"  - id: more\n    region: kenya\n    count: {count}\n    platforms: [managed-crowd]\nevents:");
}
