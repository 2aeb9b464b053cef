using CrowdSim.Scenarios.Composition;
using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Binding;

/// <summary>One value of a sweep axis, to be tried on the scenario once the scenario itself is known to be valid.</summary>
/// <param name="Path">Where the value goes.</param>
/// <param name="At">Where the path was written, for placing problems with it.</param>
/// <param name="Value">The value's node, as written in the sweep.</param>
/// <param name="Text">The value as written.</param>
internal sealed record SweepTrial(NodePath Path, Func<int, NodeSource> At, YamlNode Value, string Text);
