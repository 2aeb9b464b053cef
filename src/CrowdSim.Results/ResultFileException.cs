namespace CrowdSim.Results;

/// <summary>A result file cannot be read: the message names the file, and the line when there is one (<c>file:line: problem</c>).</summary>
public sealed class ResultFileException(string message, Exception? inner = null) : Exception(message, inner);
