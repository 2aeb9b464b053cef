using System.Text.Json;
using CrowdSim.Model.Randomness;
using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios;
using CsCheck;

namespace CrowdSim.Validation.Tests.Invariants;

/// <summary>
/// Runs a property over a fixed list of generated scenarios. Case i is drawn from its own CsCheck
/// seed, derived from (i, the test's stream), so every run checks the same scenarios, in any order
/// and on any machine. A failure names the case and its seed, and prints the scenario as YAML;
/// <c>InvariantScenarios.Spec.Sample(property, seed: "…", iter: 1, threads: 1)</c> replays it, and
/// the YAML runs with <c>crowdsim run</c>.
/// </summary>
internal static class GeneratedCases
{
    /// <summary>Checks <paramref name="property"/> (given the scenario and a label naming the case) on <paramref name="cases"/> scenarios.</summary>
    public static void Check(int cases, ulong stream, Action<ScenarioSpec, string> property)
    {
        for (uint i = 0; i < cases; i++)
        {
            var seed = new PCG(i, Scramble(stream)).ToString();
            var label = $"case {i} (CsCheck seed \"{seed}\")";
            InvariantScenarios.Spec.Sample(spec => property(spec, label), seed: seed, iter: 1, threads: 1, print: Print);
        }
    }

    // A PCG seeded with a small number starts with small outputs; spread the stream's bits first.
    private static ulong Scramble(ulong stream) => SplitMix64.At(0, stream + 1);

    private static string Print(ScenarioSpec spec)
    {
        try
        {
            return ScenarioWriter.ToYaml(spec);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return JsonSerializer.Serialize(spec);
        }
    }
}
