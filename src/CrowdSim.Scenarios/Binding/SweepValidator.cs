using CrowdSim.Scenarios.Composition;
using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Binding;

/// <summary>
/// Tries each sweep value on its own on a valid scenario, and reports, at the value, the first
/// problem it causes: a sweep must not hide a variant that cannot run.
/// </summary>
internal static class SweepValidator
{
    public static void Validate(YamlMappingNode root, IReadOnlyList<SweepTrial> trials, ErrorLog errors)
    {
        foreach (var trial in trials)
        {
            var variant = new TreeEditor(trial.Path, trial.At, createMissing: false, errors.Detached()).Set(root, trial.Value);
            if (variant is null)
                continue;
            var log = errors.Detached();
            ScenarioBinder.Bind(variant, log);
            if (!log.HasErrors)
                continue;

            var at = errors.Locate(trial.Value);
            bool IsAtValue(ScenarioError e) => e.File == at.File && e.Line == at.At.Line && e.Column == at.At.Column;
            var problem = log.Errors.FirstOrDefault(IsAtValue) is { } own ? own.Text : log.Errors[0].ToString();
            errors.Add(trial.Value, $"`values`: with `{trial.Path.Text}` = {trial.Text} the scenario is invalid: {problem}");
        }
    }
}
