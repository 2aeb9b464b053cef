using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Binding;
using CrowdSim.Scenarios.Composition;
using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios;

/// <summary>
/// Turns a YAML scenario file into a validated, immutable <see cref="ScenarioSpec"/>. A file may
/// extend another (<c>extends:</c>), overrides (<c>path=value</c>, as <c>crowdsim --set</c> takes
/// them) are applied before validation, and a file may declare an experiment (replications and a
/// sweep). Every problem found is reported at once, each with its file, line and column, through a
/// <see cref="ScenarioException"/>.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Largest scenario file accepted, in bytes (10 MB).</summary>
    public const long MaxFileBytes = ScenarioFile.MaxBytes;

    /// <summary>Reads and validates the scenario file at <paramref name="path"/>.</summary>
    /// <exception cref="ScenarioException">The file is missing, unreadable or invalid.</exception>
    public static ScenarioSpec LoadFile(string path) => LoadFile(path, []);

    /// <summary>
    /// Reads the scenario file at <paramref name="path"/>, applies <paramref name="overrides"/>
    /// (<c>path=value</c>, in order) and validates the result.
    /// </summary>
    /// <exception cref="ScenarioException">The file is missing, unreadable or invalid, or an override is.</exception>
    public static ScenarioSpec LoadFile(string path, IReadOnlyList<string> overrides) =>
        Load(path, null, overrides, trySweepValues: true).Spec;

    /// <summary>
    /// Like <see cref="LoadFile(string, IReadOnlyList{string})"/>, and also returns the experiment
    /// the file declares. Every sweep value is tried on the scenario, on its own, and must give a valid one.
    /// </summary>
    /// <exception cref="ScenarioException">The file, an override or a sweep value is invalid.</exception>
    public static LoadedScenario LoadExperiment(string path, IReadOnlyList<string> overrides) =>
        Load(path, null, overrides, trySweepValues: true);

    /// <summary>
    /// The scenario of one variant of an experiment: <paramref name="overrides"/> are the command
    /// line's followed by one <see cref="SweepAxis.Override"/> per axis. Sweep values are not tried
    /// again (<see cref="LoadExperiment"/> has done that).
    /// </summary>
    /// <exception cref="ScenarioException">The variant is invalid (e.g. a combination of values that are each valid alone).</exception>
    public static ScenarioSpec LoadVariant(string path, IReadOnlyList<string> overrides) =>
        Load(path, null, overrides, trySweepValues: false).Spec;

    /// <summary>
    /// Validates scenario text; <paramref name="fileName"/> is used in error messages, and a file the
    /// text <c>extends:</c> is looked for next to it.
    /// </summary>
    /// <exception cref="ScenarioException">The text is not a valid scenario.</exception>
    public static ScenarioSpec LoadText(string yaml, string fileName) =>
        Load(fileName, yaml, [], trySweepValues: true).Spec;

    private static LoadedScenario Load(string path, string? text, IReadOnlyList<string> overrides, bool trySweepValues)
    {
        var errors = new ErrorLog(path);
        var composer = new ScenarioComposer(errors);
        var root = text is null ? composer.LoadFile(path) : composer.LoadText(text, path);
        if (root is null)
            throw errors.ToException();

        root = Overrides.Apply(root, overrides, errors);
        var top = ScenarioBinder.Read(root, errors);
        var spec = ScenarioBinder.Bind(top);
        var (plan, trials) = ExperimentPlanBinder.Bind(top, root);
        // Only on a valid scenario: otherwise every value would repeat the scenario's own problems.
        if (trySweepValues && !errors.HasErrors)
            SweepValidator.Validate(root, trials, errors);
        if (errors.HasErrors)
            throw errors.ToException();
        return new LoadedScenario(spec, plan);
    }
}
