namespace CrowdSim.Testing;

/// <summary>
/// The smallest valid scenario, with its line numbers, and a way to break one thing in it.
/// Error cases state the line and column they expect, so keep this text stable.
/// </summary>
public static class MinimalScenario
{
    public const string Yaml = """
        name: minimal
        seed: 1
        days: 30
        regions:
          - id: kenya
            utcOffset: "+03:00"
            minimumWageUsd: 0.6
        taskTypes:
          - id: bbox
            meanMinutes: 2
        platforms:
          - id: open-market
            kind: open-marketplace
          - id: managed-crowd
            kind: managed-crowd
        vendors:
          - id: tasklane
            platform: managed-crowd
            pieceRates:
              - {taskType: bbox, region: kenya, usd: 0.05}
        labs:
          - id: lab-alpha
            demand:
              - taskType: bbox
                vendor: tasklane
                tasksPerDay: 1000
                priceUsd: 0.3
        workers:
          - id: ke-crowd
            region: kenya
            count: 100
            platforms: [managed-crowd]
        events:
          - at: day 5
            type: task_surge
            lab: lab-alpha
            taskType: bbox
            batch: 500

        """;

    /// <summary>Replaces the one occurrence of <paramref name="find"/> (a whole line or more).</summary>
    public static string Edit(this string yaml, string find, string replacement)
    {
        var at = yaml.IndexOf(find, StringComparison.Ordinal);
        if (at < 0 || yaml.IndexOf(find, at + 1, StringComparison.Ordinal) >= 0)
            throw new ArgumentException($"`{find}` must occur exactly once", nameof(find));
        return string.Concat(yaml.AsSpan(0, at), replacement, yaml.AsSpan(at + find.Length));
    }

    public static string With(string find, string replacement) => Yaml.Edit(find, replacement);

    /// <summary>The scenario with <paramref name="count"/> task types: <c>bbox</c> and <c>t2</c>, <c>t3</c>, ... (lines 11 onwards).</summary>
    public static string WithTaskTypes(int count) =>
        With("    meanMinutes: 2\n", "    meanMinutes: 2\n" + string.Concat(Enumerable.Range(2, count - 1).Select(i => $"  - {{id: t{i}, meanMinutes: 1}}\n")));

    /// <summary>The scenario with a <c>recruitment:</c> line (line 33) on pool <c>ke-crowd</c>.</summary>
    public static string WithRecruitment(string mapping) =>
        With("    platforms: [managed-crowd]", $"    platforms: [managed-crowd]\n    recruitment: {mapping}");

    /// <summary>A <c>recruitment_drive</c> event on day 6 to append to the scenario's events.</summary>
    public static string Drive(string pool, long recruits) =>
        $"  - at: day 6\n    type: recruitment_drive\n    pool: {pool}\n    recruits: {recruits}\n";
}
