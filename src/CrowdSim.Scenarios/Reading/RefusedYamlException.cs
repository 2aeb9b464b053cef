namespace CrowdSim.Scenarios.Reading;

/// <summary>
/// Stops YAML loading at once when the input is refused (e.g. nested too deeply); the reason has
/// already been recorded in the error log.
/// </summary>
internal sealed class RefusedYamlException : Exception
{
    public RefusedYamlException()
    {
    }

    public RefusedYamlException(string message)
        : base(message)
    {
    }

    public RefusedYamlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
