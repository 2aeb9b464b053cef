namespace CrowdSim.Reporting;

/// <summary>The folder is missing, holds no results, or a results file cannot be read.</summary>
public sealed class ReportInputException(string message, Exception? inner = null) : Exception(message, inner);
