namespace CrowdSim.Model.Metrics;

/// <summary>The measurement window a summary's figures are over (the scenario's <c>measure</c>).</summary>
/// <param name="FromDay">Start of the window, in days from the start of the run.</param>
/// <param name="ToDay">End of the window (exclusive), in days from the start of the run.</param>
/// <param name="Ticks">Ticks measured.</param>
public sealed record SummaryWindow(double FromDay, double ToDay, int Ticks);
