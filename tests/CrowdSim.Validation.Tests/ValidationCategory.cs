namespace CrowdSim.Validation.Tests;

/// <summary>
/// The trait every test of this project carries: <c>dotnet test --filter Category=Validation</c>
/// runs the validation suite (queueing theory, invariants, the literature comparison).
/// </summary>
internal static class ValidationCategory
{
    public const string Name = "Category";
    public const string Value = "Validation";
}
