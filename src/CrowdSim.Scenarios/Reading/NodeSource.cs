using YamlDotNet.Core;

namespace CrowdSim.Scenarios.Reading;

/// <summary>
/// Where a YAML node was written: the file (or <c>--set</c>) and the position in it. A value given
/// by an option of its own (<c>--days</c>) has no position: <paramref name="Whole"/> is then true.
/// </summary>
internal readonly record struct NodeSource(string File, Mark At, bool Whole = false)
{
    /// <summary>A value given by the command-line option <paramref name="option"/>, which has no lines or columns.</summary>
    public static NodeSource Option(string option) => new(option, new Mark(0, 1, 1), Whole: true);

    /// <summary>E.g. <c>line 12</c> when in <paramref name="sameFileAs"/>, else <c>baseline.yaml:12</c>.</summary>
    public string LineIn(string sameFileAs) =>
        Whole ? File : File == sameFileAs ? $"line {At.Line}" : $"{File}:{At.Line}";

    /// <summary>The position as a compiler writes it: <c>file:line:column</c>.</summary>
    public override string ToString() => Whole ? File : $"{File}:{At.Line}:{At.Column}";
}
