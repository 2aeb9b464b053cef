using System.Diagnostics;
using CrowdSim.DocGen;
using Xunit.Abstractions;

namespace CrowdSim.Validation.Tests.Literature;

/// <summary>docs/VALIDATION.md is what the code produces now (tools/CrowdSim.DocGen regenerates it).</summary>
[Trait(ValidationCategory.Name, ValidationCategory.Value)]
public sealed class ValidationDocumentTests(ITestOutputHelper output)
{
    [Fact]
    public void ValidationDocument_MatchesWhatTheCodeProduces()
    {
        var clock = Stopwatch.StartNew();
        var generated = ValidationDocument.Generate();
        output.WriteLine($"generated in {clock.Elapsed.TotalSeconds:F0} s");
        var path = RepoRoot.File(ValidationDocument.RelativePath);
        var existing = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        Assert.True(existing == generated, DocumentDiff.Describe(existing, generated, ValidationDocument.RelativePath, ValidationDocument.RegenerateCommand));
    }
}
