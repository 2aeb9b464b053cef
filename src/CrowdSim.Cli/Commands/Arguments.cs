using System.Globalization;

namespace CrowdSim.Cli.Commands;

/// <summary>
/// A command's arguments: positional values and <c>--name value</c> options. Every option must be
/// read by the command; anything left over is reported as unknown.
/// </summary>
public sealed class Arguments
{
    private readonly List<string> _positional = [];
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public Arguments(IEnumerable<string> args, IReadOnlySet<string> flags)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                _positional.Add(arg);
                continue;
            }
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = eq > 0 ? arg[2..eq] : arg[2..];
            if (_options.ContainsKey(name))
                throw new UsageException($"option --{name} given twice");
            if (eq > 0)
                _options[name] = arg[(eq + 1)..];
            else if (flags.Contains(name))
                _options[name] = null;
            else if (e.MoveNext())
                _options[name] = e.Current;
            else
                throw new UsageException($"option --{name} needs a value");
        }
    }

    public IReadOnlyList<string> Positional => _positional;

    public bool Flag(string name)
    {
        _read.Add(name);
        return _options.ContainsKey(name);
    }

    public string? Text(string name)
    {
        _read.Add(name);
        return _options.GetValueOrDefault(name);
    }

    public long? Integer(string name, long min, long max)
    {
        var text = Text(name);
        if (text is null)
            return null;
        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new UsageException($"--{name} expects a whole number from {min} to {max}, got '{text}'");
        return value;
    }

    /// <summary>Fails on any option the command did not read.</summary>
    public void RejectUnknown()
    {
        var unknown = _options.Keys.Where(k => !_read.Contains(k)).Order(StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
            throw new UsageException($"unknown option --{unknown[0]}; known: {string.Join(", ", _read.Order(StringComparer.Ordinal).Select(k => "--" + k))}");
    }
}
