using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Binding;
using CrowdSim.Scenarios.Composition;
using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios;

/// <summary>
/// Turns a YAML scenario file into a validated, immutable <see cref="ScenarioSpec"/>. A file may
/// extend another (<c>extends:</c>) in its folder or below, the command line's changes
/// (<see cref="ScenarioLoadOptions"/>: <c>--set path=value</c> overrides, a <c>--days</c> horizon)
/// are applied before validation, and a file may declare an experiment (replications and a sweep).
/// Every problem found is reported at once, each with its file, line and column, through a
/// <see cref="ScenarioException"/>.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Largest scenario file accepted, in bytes (10 MB).</summary>
    public const long MaxFileBytes = ScenarioFile.MaxBytes;

    /// <summary>Where a problem with <see cref="ScenarioLoadOptions.ScenarioRoot"/> is reported.</summary>
    public const string ScenarioRootSource = "--scenario-root";

    /// <summary>Reads and validates the scenario file at <paramref name="path"/>.</summary>
    /// <exception cref="ScenarioException">The file is missing, unreadable or invalid.</exception>
    public static ScenarioSpec LoadFile(string path) => LoadFile(path, []);

    /// <summary>
    /// Reads the scenario file at <paramref name="path"/>, applies <paramref name="overrides"/>
    /// (<c>path=value</c>, in order) and validates the result.
    /// </summary>
    /// <exception cref="ScenarioException">The file is missing, unreadable or invalid, or an override is.</exception>
    public static ScenarioSpec LoadFile(string path, IReadOnlyList<string> overrides) =>
        LoadExperiment(path, new ScenarioLoadOptions { Overrides = overrides }).Spec;

    /// <summary>
    /// Like <see cref="LoadFile(string, IReadOnlyList{string})"/>, and also returns the experiment
    /// the file declares. Every sweep value is tried on the scenario, on its own, and must give a valid one.
    /// </summary>
    /// <exception cref="ScenarioException">The file, an override or a sweep value is invalid.</exception>
    public static LoadedScenario LoadExperiment(string path, IReadOnlyList<string> overrides) =>
        LoadExperiment(path, new ScenarioLoadOptions { Overrides = overrides });

    /// <summary>
    /// Reads the scenario file at <paramref name="path"/> with the command line's changes, validates
    /// the result and returns it with the experiment the file declares and any notes. Every sweep
    /// value is tried on the scenario, on its own, and must give a valid one.
    /// </summary>
    /// <exception cref="ScenarioException">The file, an override, the horizon or a sweep value is invalid.</exception>
    public static LoadedScenario LoadExperiment(string path, ScenarioLoadOptions options) =>
        Load(path, null, options, [], trySweepValues: true);

    /// <summary>
    /// The scenario of one variant of an experiment: <paramref name="overrides"/> are the command
    /// line's followed by one <see cref="SweepAxis.Override"/> per axis. Sweep values are not tried
    /// again (<see cref="LoadExperiment(string, IReadOnlyList{string})"/> has done that).
    /// </summary>
    /// <exception cref="ScenarioException">The variant is invalid (e.g. a combination of values that are each valid alone).</exception>
    public static ScenarioSpec LoadVariant(string path, IReadOnlyList<string> overrides) =>
        Load(path, null, new ScenarioLoadOptions { Overrides = overrides }, [], trySweepValues: false).Spec;

    /// <summary>
    /// The scenario of one variant of an experiment: the file with the command line's changes, then
    /// <paramref name="variant"/>, one <see cref="SweepAxis.Override"/> per axis (so a swept
    /// <c>days</c> wins over <c>--days</c>). Sweep values are not tried again.
    /// </summary>
    /// <exception cref="ScenarioException">The variant is invalid (e.g. a combination of values that are each valid alone).</exception>
    public static LoadedScenario LoadVariant(string path, ScenarioLoadOptions options, IReadOnlyList<string> variant) =>
        Load(path, null, options, variant, trySweepValues: false);

    /// <summary>
    /// Validates scenario text; <paramref name="fileName"/> is used in error messages, and a file the
    /// text <c>extends:</c> is looked for next to it.
    /// </summary>
    /// <exception cref="ScenarioException">The text is not a valid scenario.</exception>
    public static ScenarioSpec LoadText(string yaml, string fileName) =>
        Load(fileName, yaml, ScenarioLoadOptions.None, [], trySweepValues: true).Spec;

    private static LoadedScenario Load(string path, string? text, ScenarioLoadOptions options, IReadOnlyList<string> variant, bool trySweepValues)
    {
        var errors = new ErrorLog(path);
        if (options.ScenarioRoot is { } scenarioRoot && !Directory.Exists(scenarioRoot))
        {
            errors.ForFile(ScenarioRootSource).AddFileLevel($"no such folder: {scenarioRoot}");
            throw errors.ToException();
        }
        var composer = new ScenarioComposer(errors, options.ScenarioRoot);
        var root = text is null ? composer.LoadFile(path) : composer.LoadText(text, path);
        if (root is null)
            throw errors.ToException();

        root = Overrides.Apply(root, options.Overrides, errors);
        if (options.Days is { } days)
            root = Overrides.ApplyDays(root, days, errors);
        root = Overrides.Apply(root, variant, errors, firstLine: options.Overrides.Count + 1);
        var top = ScenarioBinder.Read(root, errors);
        var spec = ScenarioBinder.Bind(top);
        var (plan, trials) = ExperimentPlanBinder.Bind(top, root);
        // Only on a valid scenario: otherwise every value would repeat the scenario's own problems.
        if (trySweepValues && !errors.HasErrors)
            SweepValidator.Validate(root, trials, errors);
        if (errors.HasErrors)
            throw errors.ToException();
        return new LoadedScenario(spec, plan) { Notes = errors.Notes };
    }
}
