namespace CrowdSim.Scenarios.Composition;

/// <summary>One key of a <see cref="NodePath"/>, and where it starts in the path's text (0-based).</summary>
internal sealed record PathSegment(string Key, int Offset);
