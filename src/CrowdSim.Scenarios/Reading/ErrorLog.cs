using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Reading;

/// <summary>Collects the problems found in one scenario file, so that all of them can be reported together.</summary>
internal sealed class ErrorLog(string file)
{
    /// <summary>Most errors kept; a badly broken file could otherwise produce millions.</summary>
    public const int MaxErrors = 100;

    private readonly List<ScenarioError> _errors = [];
    private int _dropped;

    public bool HasErrors => _errors.Count > 0;

    public void Add(YamlNode at, string text) => Add(at.Start, text);

    public void Add(Mark at, string text) => Add(new ScenarioError(file, ToInt(at.Line), ToInt(at.Column), text));

    public void AddFileLevel(string text) => Add(new ScenarioError(file, 0, 0, text));

    /// <summary>The problems so far, in file order, as an exception.</summary>
    public ScenarioException ToException()
    {
        List<ScenarioError> errors = [.. _errors.OrderBy(e => e.Line).ThenBy(e => e.Column)];
        if (_dropped > 0)
            errors.Add(new ScenarioError(file, 0, 0, FormattableString.Invariant($"... and {_dropped:N0} more problems")));
        return new ScenarioException(errors);
    }

    private void Add(ScenarioError error)
    {
        if (_errors.Count < MaxErrors)
            _errors.Add(error);
        else
            _dropped++;
    }

    private static int ToInt(long value) => (int)Math.Clamp(value, 0, int.MaxValue);
}
