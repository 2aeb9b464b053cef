using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrowdSim.Results;

/// <summary>JSON of result files (summary.json, manifest.json, scenario.json, experiment.json, ...): camelCase keys, indented, enums as kebab-case strings.</summary>
public static class ResultJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>The bytes of a result file: the value as JSON and a final '\n'.</summary>
    public static byte[] ToFileBytes<T>(T value) => [.. JsonSerializer.SerializeToUtf8Bytes(value, Options), (byte)'\n'];

    /// <summary>Reads a result file written with <see cref="Options"/>.</summary>
    /// <exception cref="ResultFileException">The file is missing, empty or not the JSON expected.</exception>
    public static T Read<T>(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllBytes(path), Options)
                ?? throw new ResultFileException($"{path} is empty");
        }
        catch (JsonException e)
        {
            throw new ResultFileException($"{path} cannot be read: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new ResultFileException($"{path} cannot be read: {e.Message}", e);
        }
    }
}
