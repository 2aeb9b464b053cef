using System.CommandLine;
using System.CommandLine.Parsing;

namespace CrowdSim.Cli.Commands;

/// <summary>
/// Says in one line what is wrong with a command line that did not parse, naming the command:
/// <c>crowdsim run: unknown option --sead; did you mean --seed?</c>
/// </summary>
public static class ParseProblem
{
    /// <summary>The first problem of <paramref name="result"/> (which must have one), as one line.</summary>
    public static string Describe(ParseResult result)
    {
        var commandResult = result.CommandResult;
        var prefix = CommandPath(commandResult) + ": ";
        if (FirstUnknownOption(result) is { } stray)
            return prefix + UnknownOption(stray, commandResult);
        if (result.UnmatchedTokens.Count > 0)
            return prefix + Unmatched(result.UnmatchedTokens[0], commandResult);
        var first = result.Errors[0];
        return prefix + first.SymbolResult switch
        {
            OptionResult option when option.Tokens.Count < option.Option.Arity.MinimumNumberOfValues =>
                $"option {OptionName(option)} needs a value",
            OptionResult option when option.Tokens.Count > option.Option.Arity.MaximumNumberOfValues =>
                $"option {OptionName(option)} given more than once",
            ArgumentResult argument when argument.Tokens.Count < argument.Argument.Arity.MinimumNumberOfValues =>
                $"missing {argument.Argument.HelpName ?? argument.Argument.Name} ({AsPhrase(argument.Argument.Description)})",
            CommandResult { Command: { Action: null, Subcommands.Count: > 0 } command } =>
                $"no command given; expected {Commands(command)}",
            _ => first.Message,
        };
    }

    /// <summary><c>crowdsim run</c> for the run command's result.</summary>
    public static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
                names.Add(c.Command.Name);
        }
        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>
    /// Makes the arguments of <paramref name="command"/> refuse a word starting with '-':
    /// System.CommandLine would take an unknown option (<c>validate a.yaml --sed</c>) for a file.
    /// </summary>
    public static void RejectOptionsAsValues(Command command)
    {
        foreach (var argument in command.Arguments)
        {
            argument.Validators.Add(result =>
            {
                if (result.Tokens.FirstOrDefault(t => IsOptionLike(t.Value)) is { } token && result.Parent is CommandResult parent)
                    result.AddError(UnknownOption(token.Value, parent));
            });
        }
    }

    // The first word, in command-line order, that looks like an option but was taken for no option:
    // left over, or taken as a command's argument.
    private static string? FirstUnknownOption(ParseResult result)
    {
        var strays = result.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value)
            .Concat(result.UnmatchedTokens)
            .Where(IsOptionLike)
            .ToHashSet(StringComparer.Ordinal);
        return result.Tokens.Select(t => t.Value).FirstOrDefault(strays.Contains);
    }

    private static bool IsOptionLike(string word) => word.Length > 1 && word[0] == '-';

    private static string Unmatched(string token, CommandResult result)
    {
        var command = result.Command;
        var help = $"{CommandPath(result)} --help";
        if (command.Subcommands.Count > 0)
        {
            var closest = TypoSuggestion.Closest(token, command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
            return closest is null
                ? $"unknown command '{token}'; expected {Commands(command)} (see {help})"
                : $"unknown command '{token}'; did you mean {closest}?";
        }
        return $"unexpected argument '{token}' (see {help})";
    }

    private static string UnknownOption(string token, CommandResult result)
    {
        var closest = TypoSuggestion.Closest(token, OptionNames(result));
        return closest is null ? $"unknown option {token} (see {CommandPath(result)} --help)" : $"unknown option {token}; did you mean {closest}?";
    }

    // The command's own options and those its parents pass down (--help).
    private static IEnumerable<string> OptionNames(CommandResult result)
    {
        var options = result.Command.Options.AsEnumerable();
        for (var parent = result.Parent as CommandResult; parent is not null; parent = parent.Parent as CommandResult)
            options = options.Concat(parent.Command.Options.Where(o => o.Recursive));
        return options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name));
    }

    // "The results folder." as "the results folder", to follow a colon or stand in brackets.
    private static string AsPhrase(string? description) =>
        string.IsNullOrEmpty(description) ? "" : char.ToLowerInvariant(description[0]) + description[1..].TrimEnd('.');

    private static string OptionName(OptionResult option) => option.IdentifierToken?.Value ?? option.Option.Name;

    private static string Commands(Command command)
    {
        var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToArray();
        return names.Length < 2 ? string.Concat(names) : $"{string.Join(", ", names[..^1])} or {names[^1]}";
    }
}
