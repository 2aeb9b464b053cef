using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CrowdSim.Scenarios.Tests;

/// <summary>
/// Mutates the text of every bundled scenario many times over (lines deleted, duplicated, swapped,
/// numbers changed, values replaced, characters inserted, the file cut short, aliases, renamed keys)
/// and checks that the loader either accepts a mutant or refuses it with positioned, worded errors,
/// never with any other exception.
/// </summary>
public sealed partial class ScenarioFuzzTests : IDisposable
{
    private const int MutantsPerScenario = 200;
    private const int Seed = 20240308;

    private static readonly string[] Tokens =
    [
        "", "~", "null", "[]", "{}", "[a, b]", "{x: 1}", "-", "- x", "true", "yes", "0", "-1", "1e999", "NaN",
        "-0", "2.5", "150%", "-5%", "day 0", "day 9999999", "day 1 24:00", "25:00", "23:00-23:00", "0m", "-1h",
        "999999999d", "1d1d", "+99:00", "\"unterminated", "'", "&a x", "*a", "!!str x", "!!binary AAAA", "!x y",
        "|", ">", "? x", "%YAML 1.2", "---", "...", "@", "`", "#", "kenya", "lab-alpha", "none", "fixed",
        "open-marketplace", "pay-floor", "wage_change", "\t", "\u0085", "\ufeff", "😀", "9223372036854775808",
    ];

    private static readonly string[] Keys =
    [
        "name", "seed", "days", "tickMinutes", "regions", "id", "kind", "platform", "vendor", "type", "at",
        "extends", "sweep", "replications", "count", "demand", "events", "policy",
    ];

    private static readonly string[] Insertions =
    [
        " ", "  ", "\t", ":", ": ", "- ", "-", "{", "}", "[", "]", ",", "\"", "'", "#", "&x ", "*x", "!", "|", ">",
        "%", "@", "`", "?", "\n", "\r\n", "\r", "\0", "\u0085", "\u2028", "\ufeff", "\\", "é",
    ];

    private DirectoryInfo? _workDir;

    /// <summary>The file names of the bundled scenarios, in scenarios/ at the root of the repository.</summary>
    public static TheoryData<string> BundledScenarios() =>
        [.. RepoRoot.BundledScenarioNames()];

    [Theory]
    [MemberData(nameof(BundledScenarios))]
    public void Load_MutatedScenario_ReturnsSpecOrRefusesWithPositionedErrors(string file)
    {
        var path = RepoRoot.Scenario(file);
        var text = File.ReadAllText(path);
        var load = Loader(path, text);
        var random = new Random(Seed ^ StableHash(file));
        for (var i = 0; i < MutantsPerScenario; i++)
        {
            var mutant = text;
            var mutations = random.Next(1, 4);
            for (var m = 0; m < mutations; m++)
                mutant = Mutate(mutant, random);
            Check(load, mutant, $"{file} mutant {i}");
        }
    }

    // Found by the mutants above with other seeds (an alias after a complete value, e.g. `utcOffset: "+03:00" *a`):
    // YamlDotNet's node loader throws ArgumentException there; the loader reports it as invalid YAML.
    [Fact]
    public void Load_AliasAfterAValue_IsRefusedAsInvalidYaml()
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText("a: [1] *x\n", "x.yaml"));

        Assert.Contains(e.Errors, error => error.Line == 1);
    }

    public void Dispose()
    {
        _workDir?.Delete(recursive: true);
    }

    /// <summary>
    /// How to load a mutant of <paramref name="file"/>: from text, or, for a file that extends another,
    /// from a copy written next to copies of every bundled scenario, so its parent resolves.
    /// </summary>
    private Func<string, object> Loader(string path, string text)
    {
        // The real path, so that a mutant given an `extends:` line can find what it names.
        if (!ExtendsLine().IsMatch(text))
            return mutant => ScenarioLoader.LoadText(mutant, path);

        _workDir ??= Directory.CreateTempSubdirectory("crowdsim-fuzz-");
        foreach (var scenario in Directory.GetFiles(Path.GetDirectoryName(path)!, "*.yaml"))
            File.Copy(scenario, Path.Combine(_workDir.FullName, Path.GetFileName(scenario)), overwrite: true);
        var copy = Path.Combine(_workDir.FullName, "mutant-" + Path.GetFileName(path));
        return mutant =>
        {
            File.WriteAllText(copy, mutant);
            return ScenarioLoader.LoadFile(copy);
        };
    }

    private static void Check(Func<string, object> load, string mutant, string what)
    {
        try
        {
            load(mutant);
        }
        catch (ScenarioException e)
        {
            Assert.NotEmpty(e.Errors);
            foreach (var error in e.Errors)
            {
                Assert.True(error.Line >= 0 && error.Column >= 0, $"{what}: error at {error.Line}:{error.Column}: {error.Text}");
                Assert.False(string.IsNullOrWhiteSpace(error.Text), $"{what}: error without text at {error.Line}:{error.Column}");
            }
        }
        catch (Exception e)
        {
            Assert.Fail($"{what}: {e.GetType().Name}: {e.Message}\n--- mutant ---\n{mutant}");
        }
    }

    private static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var at = random.Next(lines.Count);
        switch (random.Next(11))
        {
            case 0:
                lines.RemoveAt(at);
                break;
            case 1:
                lines.Insert(at, lines[at]);
                break;
            case 2:
                var other = random.Next(lines.Count);
                (lines[at], lines[other]) = (lines[other], lines[at]);
                break;
            case 3:
                lines[at] = ChangeNumber(lines[at], random);
                break;
            case 4:
                lines[at] = ReplaceValue(lines[at], Pick(Tokens, random));
                break;
            case 5:
                return text.Insert(random.Next(text.Length + 1), Pick(Insertions, random));
            case 6:
                lines[at] = random.Next(2) == 0 ? Pick(["  ", "    ", "\t", " - "], random) + lines[at] : lines[at].TrimStart();
                break;
            case 7:
                return text[..random.Next(text.Length + 1)];
            case 8:
                lines[at] = ReplaceValue(lines[at], random.Next(2) == 0 ? "*x" : "&x " + ValueOf(lines[at]));
                break;
            case 9:
                lines[at] = RenameKey(lines[at], random);
                break;
            default:
                lines.Insert(at, lines[random.Next(lines.Count)] + Pick(Insertions, random) + Pick(Tokens, random));
                break;
        }
        return string.Join('\n', lines);
    }

    private static string ChangeNumber(string line, Random random)
    {
        var numbers = NumberPattern().Matches(line);
        if (numbers.Count == 0)
            return line;
        var number = numbers[random.Next(numbers.Count)];
        var value = double.Parse(number.Value, CultureInfo.InvariantCulture);
        var changed = random.Next(6) switch
        {
            0 => (-value).ToString("R", CultureInfo.InvariantCulture),
            1 => (value * 1000).ToString("R", CultureInfo.InvariantCulture),
            2 => "0",
            3 => "1e308",
            4 => "99999999999999999999",
            _ => "2147483648",
        };
        return string.Concat(line.AsSpan(0, number.Index), changed, line.AsSpan(number.Index + number.Length));
    }

    private static string ReplaceValue(string line, string value)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? line + value : line[..(colon + 2)] + value;
    }

    private static string ValueOf(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? "" : line[(colon + 2)..];
    }

    private static string RenameKey(string line, Random random)
    {
        var key = KeyPattern().Match(line);
        if (!key.Success)
            return line;
        var name = key.Groups["key"];
        var renamed = random.Next(4) switch
        {
            0 => Pick(Keys, random),
            1 => name.Value.ToUpperInvariant(),
            2 => name.Value.Length > 1 ? name.Value.Remove(random.Next(name.Value.Length), 1) : "",
            _ => name.Value + "x",
        };
        return string.Concat(line.AsSpan(0, name.Index), renamed, line.AsSpan(name.Index + name.Length));
    }

    private static string Pick(string[] options, Random random) => options[random.Next(options.Length)];

    /// <summary>A hash of the file name that is the same in every process (unlike <see cref="string.GetHashCode()"/>).</summary>
    private static int StableHash(string text) => Encoding.UTF8.GetBytes(text).Aggregate(17, (hash, b) => unchecked(hash * 31 + b));

    [GeneratedRegex(@"^\s*extends\s*:", RegexOptions.Multiline)]
    private static partial Regex ExtendsLine();

    [GeneratedRegex(@"(?<![\w.])\d+(\.\d+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^[\s-]*(?<key>[A-Za-z_][A-Za-z0-9_]*)\s*:")]
    private static partial Regex KeyPattern();
}
