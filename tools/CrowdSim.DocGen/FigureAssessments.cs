namespace CrowdSim.DocGen;

/// <summary>
/// The model against every figure of figures.csv, one entry per id. The sentences on gaps and
/// their causes are written by hand; every number in the model column comes from the runs or
/// from the scenarios as loaded. A figure added to figures.csv needs an entry here (a test fails
/// until it has one).
/// </summary>
internal static partial class FigureAssessments
{
    /// <summary>Every assessment: marketplace figures first, then the rest, each group in figures.csv order.</summary>
    public static IReadOnlyList<FigureAssessment> All { get; } = [.. Marketplace(), .. ManagedWork(), .. Automation()];

    /// <summary>The assessment of one figure.</summary>
    public static FigureAssessment For(string id) =>
        All.SingleOrDefault(a => a.Id == id) ?? throw new KeyNotFoundException($"no assessment of figure '{id}' in FigureAssessments");
}
