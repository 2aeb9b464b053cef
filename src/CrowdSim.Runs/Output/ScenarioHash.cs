using System.Security.Cryptography;
using System.Text.Json;
using CrowdSim.Model.Scenario;
using CrowdSim.Results;

namespace CrowdSim.Runs.Output;

/// <summary>The SHA-256 of a scenario as run (its JSON form), as manifest.json records it.</summary>
public static class ScenarioHash
{
    public static string Of(ScenarioSpec spec) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(spec, ResultJson.Options)));
}
