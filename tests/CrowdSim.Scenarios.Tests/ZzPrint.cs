using CsCheck;
namespace CrowdSim.Scenarios.Tests;
public sealed class ZzPrint
{
    [Fact]
    public void Print()
    {
        if (Environment.GetEnvironmentVariable("ZZ_PRINT") is not { } which) return;
        var spec = ScenarioGenerators.Spec.Generate(new PCG(uint.Parse(which), 777), null, out _);
        File.WriteAllText($"/tmp/zz_{which}.yaml", ScenarioWriter.ToYaml(spec));
    }
}
