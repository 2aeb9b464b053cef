using System.Globalization;

namespace CrowdSim.Runs.Hosting;

/// <summary>
/// Where a cluster's membership lives: <c>redis://HOST:PORT</c> (port 6379 when left out, optional
/// <c>/DB</c> for the database number). Silos register there; clients find the silos' gateways there.
/// </summary>
public sealed record ClusterAddress(string Host, int Port, int Database)
{
    public const string Example = "redis://127.0.0.1:6379";

    /// <summary>StackExchange.Redis configuration text for the address.</summary>
    public string RedisConfiguration => FormattableString.Invariant($"{Host}:{Port},defaultDatabase={Database},abortConnect=false");

    public override string ToString() => FormattableString.Invariant($"redis://{Host}:{Port}{(Database == 0 ? "" : $"/{Database}")}");

    /// <summary>Reads a cluster address; a bad one is an <see cref="ArgumentException"/> saying what was expected.</summary>
    public static ClusterAddress Parse(string text)
    {
        const string scheme = "redis://";
        if (!text.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"--cluster expects a Redis address like {Example}, got '{text}'");
        var rest = text[scheme.Length..].TrimEnd('/');
        var database = 0;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            if (!int.TryParse(rest[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out database) || database > 15)
                throw new ArgumentException($"--cluster: the database after the '/' must be a number from 0 to 15, got '{text}'");
            rest = rest[..slash];
        }
        var port = 6379;
        var colon = rest.LastIndexOf(':');
        if (colon >= 0)
        {
            if (!int.TryParse(rest[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535)
                throw new ArgumentException($"--cluster: the port must be a number from 1 to 65535, got '{text}'");
            rest = rest[..colon];
        }
        if (rest.Length == 0)
            throw new ArgumentException($"--cluster: no host in '{text}'; expected e.g. {Example}");
        return new ClusterAddress(rest, port, database);
    }
}
