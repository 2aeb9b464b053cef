using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;
using CrowdSim.Runs;
using CrowdSim.Runs.Checkpoints;
using CrowdSim.Runs.Hosting;
using CrowdSim.Scenarios;

namespace CrowdSim.Cli.Commands;

/// <summary>
/// Builds the options the commands declare, each with its value checked while parsing and its
/// default shown in help: <c>[default: 1000]</c> when it is a fixed value, or written out in the
/// same form when it comes from the scenario (<c>[default: the scenario's seed]</c>).
/// </summary>
internal static class CliOptions
{
    /// <summary>The longest horizon and the most replications a scenario file may ask for.</summary>
    public const int MaxDays = 3650, MaxReplications = 10_000;

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>]; null when not given, which means <paramref name="defaultText"/>.</summary>
    public static Option<T?> Whole<T>(string name, string helpName, string description, T min, T max, string defaultText)
        where T : struct, IBinaryInteger<T>, IMinMaxValue<T> =>
        new(name)
        {
            HelpName = helpName,
            Description = WithDefault(description, defaultText),
            CustomParser = result => ParseWhole(result, name, min, max),
        };

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>], <paramref name="defaultValue"/> when not given.</summary>
    public static Option<T> Whole<T>(string name, string helpName, string description, T min, T max, T defaultValue)
        where T : struct, IBinaryInteger<T>, IMinMaxValue<T> =>
        new(name)
        {
            HelpName = helpName,
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result => ParseWhole(result, name, min, max) ?? defaultValue,
        };

    /// <summary>A piece of text; null when not given, which means <paramref name="defaultText"/>.</summary>
    public static Option<string?> Text(string name, string helpName, string description, string defaultText) =>
        new(name) { HelpName = helpName, Description = WithDefault(description, defaultText) };

    /// <summary>An option that takes no value: on when given.</summary>
    public static Option<bool> Flag(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.Zero };

    /// <summary><c>--set PATH=VALUE</c>, repeatable, in the order given.</summary>
    public static Option<string[]> Set(string description) =>
        new("--set") { HelpName = "PATH=VALUE", Description = WithDefault(description + " Repeatable.", "the file as written") };

    /// <summary><c>--days N</c>: the horizon in place of the scenario's, checked with the scenario as if written in it.</summary>
    public static Option<int?> Days() => Whole(
        "--days", "N", "Simulated days, in place of the scenario's days, checked with the scenario as if written in it; an event after the last day does not happen (a note says so).", 1, MaxDays, "the scenario's days");

    /// <summary><c>--scenario-root DIR</c>: the folder a scenario may extend files from.</summary>
    public static Option<string?> ScenarioRoot() => Text(
        "--scenario-root", "DIR", "The folder whose files, and those below it, a scenario may extend (extends:).", "the folder of the scenario file");

    /// <summary>The changes the command line makes to a scenario as it is loaded: <c>--set</c>, <c>--days</c>, <c>--scenario-root</c>.</summary>
    public static ScenarioLoadOptions LoadOptions(ParseResult parse, Option<string[]> set, Option<int?> days, Option<string?> scenarioRoot) => new()
    {
        Overrides = parse.GetValue(set) ?? [],
        Days = parse.GetValue(days),
        ScenarioRoot = parse.GetValue(scenarioRoot),
    };

    public static Option<string?> Out(string defaultText) =>
        Text("--out", "DIR", "Results folder; it must not exist yet, or be empty.", defaultText);

    public static Option<bool> Quiet() => Flag("--quiet", "No progress display.");

    /// <summary><c>--timeseries-csv</c>: keep each run's full timeseries.csv (large), as <see cref="RunRequest.TimeSeriesCsv"/> says.</summary>
    public static Option<bool> TimeSeriesCsv() => Flag(
        "--timeseries-csv", "Also write timeseries.csv: every metric of every tick as CSV, large for long runs (timeseries.parquet holds the same rows; timeseries-hourly.csv is always written).");

    public static Option<int> WorkersPerGrain() => Whole(
        "--workers-per-grain", "K", "Workers held by one cohort grain; results do not depend on it.", 1, RunRequest.MaxWorkersPerGrain, RunRequest.DefaultWorkersPerGrain);

    public static Option<int> Parallel() => Whole(
        "--parallel", "P", "Runs at a time: by default half the processor cores, at least 1.", 1, 64, Math.Max(1, Environment.ProcessorCount / 2));

    /// <summary><c>--cluster redis://HOST:PORT</c>, checked and normalised; null for a silo inside this process.</summary>
    public static Option<string?> Cluster() =>
        Cluster(WithDefault("Run on the cluster whose membership this Redis holds (docs/CLUSTER.md).", "a silo inside this process"));

    /// <summary><c>--cluster redis://HOST:PORT</c>, checked and normalised, described as <paramref name="description"/>.</summary>
    public static Option<string?> Cluster(string description) => new("--cluster")
    {
        HelpName = "redis://HOST:PORT",
        Description = description,
        CustomParser = result =>
        {
            try
            {
                // In full, password included: RunCluster connects with it and prints only the redacted form.
                return ClusterAddress.Parse(result.Tokens[0].Value).ToSecretString();
            }
            catch (ArgumentException e)
            {
                result.AddError(e.Message);
                return null;
            }
        },
    };

    /// <summary><c>--checkpoint-every 1d</c>: the interval's text, checked to be one (whether it is whole ticks depends on the scenario).</summary>
    public static Option<string?> CheckpointEvery() => CheckpointEvery(
        "Save the whole simulation this often in simulated time (1d, 12h, 90m: whole ticks) into <out>.checkpoints/, so a stopped run can be resumed.");

    /// <summary><c>--checkpoint-every 1d</c>, described as <paramref name="description"/>.</summary>
    public static Option<string?> CheckpointEvery(string description) => new("--checkpoint-every")
    {
        HelpName = "INTERVAL",
        Description = WithDefault(description, "no checkpoints"),
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            string? error;
            try
            {
                CheckpointInterval.Minutes(text, out error);
            }
            catch (OverflowException)
            {
                error = $"'{text}' is too long an interval";
            }
            if (error is not null)
                result.AddError($"--checkpoint-every: {error}");
            return text;
        },
    };

    /// <summary>Help's way of showing a default that is not a fixed value.</summary>
    public static string WithDefault(string description, string defaultText) => $"{description} [default: {defaultText}]";

    private static T? ParseWhole<T>(ArgumentResult result, string name, T min, T max)
        where T : struct, IBinaryInteger<T>, IMinMaxValue<T>
    {
        var text = result.Tokens[0].Value;
        if (T.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} expects a whole number from {min} to {max}, got '{text}'"));
        return null;
    }
}
