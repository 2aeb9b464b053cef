using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Binding;

/// <summary>
/// A spill-over whose target task type exists but still has to be checked against the lab's other
/// demand lines, which are not all bound yet.
/// </summary>
/// <param name="Reader">The <c>spillover</c> mapping, for reporting.</param>
/// <param name="TaskTypeAt">The node naming the target task type.</param>
/// <param name="TaskType">The target task type id.</param>
internal sealed record PendingSpillover(NodeReader Reader, YamlNode TaskTypeAt, string TaskType);
