using YamlDotNet.Core;

namespace CrowdSim.Scenarios.Reading;

/// <summary>Where a YAML node was written: the file (or <c>--set</c>) and the position in it.</summary>
internal readonly record struct NodeSource(string File, Mark At)
{
    /// <summary>E.g. <c>line 12</c> when in <paramref name="sameFileAs"/>, else <c>baseline.yaml:12</c>.</summary>
    public string LineIn(string sameFileAs) =>
        File == sameFileAs ? $"line {At.Line}" : $"{File}:{At.Line}";

    /// <summary>The position as a compiler writes it: <c>file:line:column</c>.</summary>
    public override string ToString() => $"{File}:{At.Line}:{At.Column}";
}
