using System.Globalization;
using System.Net;
using StackExchange.Redis;

namespace CrowdSim.Runs.Hosting;

/// <summary>
/// Where a cluster's membership lives: <c>redis://[[USER]:PASSWORD@]HOST[:PORT][/DB]</c>, or
/// <c>rediss://…</c> for Redis over TLS (port 6379 when left out, database 0). Silos register
/// there; clients find the silos' gateways there. The password may instead come from the
/// <see cref="PasswordVariable"/> environment variable, so that it appears in no command line.
/// <see cref="ToString"/> never shows the password (<c>redis://:***@HOST:PORT</c>): that is the form
/// for messages, logs and manifests.
/// </summary>
public sealed record ClusterAddress(string Host, int Port, int Database)
{
    public const string Example = "redis://127.0.0.1:6379";

    /// <summary>The environment variable that holds the Redis password when <c>--cluster</c> carries none.</summary>
    public const string PasswordVariable = "CROWDSIM_REDIS_PASSWORD";

    private const string Hidden = "***";

    /// <summary>The Redis ACL user (null: the default user).</summary>
    public string? User { get; init; }

    /// <summary>The Redis password (null: none).</summary>
    public string? Password { get; init; }

    /// <summary>True for <c>rediss://</c>: Redis over TLS.</summary>
    public bool Tls { get; init; }

    /// <summary>StackExchange.Redis options for the address: its endpoint, database, user, password and TLS.</summary>
    public ConfigurationOptions RedisOptions()
    {
        var options = new ConfigurationOptions
        {
            DefaultDatabase = Database,
            AbortOnConnectFail = false,
            User = User,
            Password = Password,
            Ssl = Tls,
        };
        if (Tls)
            options.SslHost = HostName;
        options.EndPoints.Add(IPAddress.TryParse(HostName, out var ip) ? new IPEndPoint(ip, Port) : new DnsEndPoint(HostName, Port));
        return options;
    }

    /// <summary>This address, with the password in $<see cref="PasswordVariable"/> when it carries none itself.</summary>
    public ClusterAddress WithEnvironmentPassword() => WithPasswordIfNone(Environment.GetEnvironmentVariable(PasswordVariable));

    /// <summary>This address, with <paramref name="password"/> when it carries none itself (an empty one counts as none).</summary>
    public ClusterAddress WithPasswordIfNone(string? password) =>
        Password is null && !string.IsNullOrEmpty(password) ? this with { Password = password } : this;

    /// <summary>The address with its password as <c>***</c>: for messages, logs and manifests.</summary>
    public override string ToString() => Format(redact: true);

    /// <summary>
    /// The address in full, password included, in a form <see cref="Parse"/> reads back: for handing
    /// to the code (or the child process) that connects, never for printing.
    /// </summary>
    public string ToSecretString() => Format(redact: false);

    /// <summary>Reads a cluster address; a bad one is an <see cref="ArgumentException"/> saying what was expected, with any password hidden.</summary>
    public static ClusterAddress Parse(string text)
    {
        var shown = Redact(text);
        var tls = text.StartsWith("rediss://", StringComparison.OrdinalIgnoreCase);
        if (!tls && !text.StartsWith("redis://", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"--cluster expects a Redis address like {Example} (rediss:// for TLS), got '{shown}'");
        var rest = text[(tls ? "rediss://" : "redis://").Length..];

        string? user = null, password = null;
        var at = rest.LastIndexOf('@');
        if (at >= 0)
        {
            var userInfo = rest[..at];
            var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
                throw new ArgumentException($"--cluster: write a password as redis://:PASSWORD@HOST (with the colon), or a user and password as redis://USER:PASSWORD@HOST, got '{shown}'");
            user = colon == 0 ? null : Uri.UnescapeDataString(userInfo[..colon]);
            password = Uri.UnescapeDataString(userInfo[(colon + 1)..]);
            if (password.Length == 0)
                throw new ArgumentException($"--cluster: the password after ':' is empty in '{shown}'; leave out ':@' for none, or set {PasswordVariable}");
            rest = rest[(at + 1)..];
        }

        rest = rest.TrimEnd('/');
        var database = 0;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            if (!int.TryParse(rest[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out database) || database > 15)
                throw new ArgumentException($"--cluster: the database after the '/' must be a number from 0 to 15, got '{shown}'");
            rest = rest[..slash];
        }
        var port = 6379;
        var colonBeforePort = rest.LastIndexOf(':');
        if (colonBeforePort >= 0 && colonBeforePort > rest.LastIndexOf(']'))
        {
            if (!int.TryParse(rest[(colonBeforePort + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535)
                throw new ArgumentException($"--cluster: the port must be a number from 1 to 65535, got '{shown}'");
            rest = rest[..colonBeforePort];
        }
        if (rest.Length == 0)
            throw new ArgumentException($"--cluster: no host in '{shown}'; expected e.g. {Example}");
        return new ClusterAddress(rest, port, database) { User = user, Password = password, Tls = tls };
    }

    /// <summary><paramref name="message"/> with this address's password, wherever it appears, as <c>***</c>.</summary>
    public string Scrub(string message)
    {
        if (string.IsNullOrEmpty(Password))
            return message;
        return message.Replace(Password, Hidden, StringComparison.Ordinal).Replace(Uri.EscapeDataString(Password), Hidden, StringComparison.Ordinal);
    }

    /// <summary><paramref name="text"/> with whatever stands between the user's ':' and the '@' replaced by <c>***</c>.</summary>
    public static string Redact(string text)
    {
        var at = text.LastIndexOf('@');
        if (at < 0)
            return text;
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        var userStart = scheme >= 0 && scheme < at ? scheme + 3 : 0;
        var colon = text.IndexOf(':', userStart);
        return colon >= 0 && colon < at
            ? string.Concat(text.AsSpan(0, colon + 1), Hidden, text.AsSpan(at))
            : string.Concat(text.AsSpan(0, userStart), Hidden, text.AsSpan(at));
    }

    // The host without the brackets an IPv6 address is written in.
    private string HostName => Host.StartsWith('[') && Host.EndsWith(']') ? Host[1..^1] : Host;

    private string Format(bool redact)
    {
        var userInfo = User is null && Password is null
            ? ""
            : $"{(User is null ? "" : Uri.EscapeDataString(User))}:{(Password is null ? "" : redact ? Hidden : Uri.EscapeDataString(Password))}@";
        return FormattableString.Invariant($"{(Tls ? "rediss" : "redis")}://{userInfo}{Host}:{Port}{(Database == 0 ? "" : $"/{Database}")}");
    }
}
