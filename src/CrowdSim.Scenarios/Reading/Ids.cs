namespace CrowdSim.Scenarios.Reading;

/// <summary>
/// What an id may hold: ASCII letters, digits, <c>-</c> and <c>_</c>. Ids name scopes in
/// timeseries.csv (<c>platform/poster/taskType</c>), summary paths (<c>byRegion.kenya.x</c>),
/// overrides (<c>--set workers.ke-pool.count=80</c>) and CSV fields, so they must hold no dot,
/// slash, comma, quote or space. schema/scenario.schema.json says the same (<c>$defs/id</c>).
/// </summary>
internal static class Ids
{
    /// <summary>Whether <paramref name="id"/> is a valid id.</summary>
    public static bool IsValid(string id) => id.Length > 0 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>Reports <paramref name="id"/>, the value of <paramref name="item"/>'s <c>id</c> key, unless it is a valid id.</summary>
    public static void Check(NodeReader item, YamlDotNet.RepresentationModel.YamlNode at, string id)
    {
        if (!IsValid(id))
            item.Report(at, "id", $"expected an id of ASCII letters, digits, `-` and `_`, got `{id}`");
    }
}
