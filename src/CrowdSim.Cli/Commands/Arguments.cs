using System.Globalization;

namespace CrowdSim.Cli.Commands;

/// <summary>
/// A command's arguments: positional values and <c>--name value</c> options. Every option must be
/// read by the command; anything left over is reported as unknown. An option is given once, unless
/// the command reads it with <see cref="Texts"/> (e.g. <c>--set</c>, which may be repeated).
/// </summary>
public sealed class Arguments
{
    private readonly List<string> _positional = [];
    private readonly Dictionary<string, List<string?>> _options = new(StringComparer.Ordinal);
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
            string? value;
            if (eq > 0)
                value = arg[(eq + 1)..];
            else if (flags.Contains(name))
                value = null;
            else if (e.MoveNext())
                value = e.Current;
            else
                throw new UsageException($"option --{name} needs a value");
            if (!_options.TryGetValue(name, out var values))
                _options[name] = values = [];
            values.Add(value);
        }
    }

    public IReadOnlyList<string> Positional => _positional;

    public bool Flag(string name) => Once(name) is not null;

    public string? Text(string name) => Once(name)?[0];

    /// <summary>Every value of an option that may be repeated (<c>--set a=1 --set b=2</c>), in order.</summary>
    public IReadOnlyList<string> Texts(string name)
    {
        _read.Add(name);
        return _options.TryGetValue(name, out var values) ? [.. values.OfType<string>()] : [];
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

    /// <summary>The values of an option that may be given only once; null when not given.</summary>
    private List<string?>? Once(string name)
    {
        _read.Add(name);
        if (!_options.TryGetValue(name, out var values))
            return null;
        if (values.Count > 1)
            throw new UsageException($"option --{name} given twice");
        return values;
    }

    /// <summary>Fails on any option the command did not read.</summary>
    public void RejectUnknown()
    {
        var unknown = _options.Keys.Where(k => !_read.Contains(k)).Order(StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
            throw new UsageException($"unknown option --{unknown[0]}; known: {string.Join(", ", _read.Order(StringComparer.Ordinal).Select(k => "--" + k))}");
    }
}
