using ScottPlot;

namespace CrowdSim.Reporting.Charts;

/// <summary>A chart ready to save: its file name (without extension), heading, caption and the plot at its size.</summary>
internal sealed record Chart(string Name, string Title, string Caption, Plot Plot, int Width, int Height);
