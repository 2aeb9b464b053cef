using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CrowdSim.Scenarios.Reading;

/// <summary>
/// Passes YAML parsing events through, refusing what a scenario never needs and what could
/// make loading blow up: aliases (which can expand without bound) and giant scalars, which are
/// replaced by an empty scalar so that parsing can go on and find further problems; and deep
/// nesting, which stops loading at once (YamlDotNet's node loader recurses, so it would overflow
/// the stack, and its scanner slows down with depth). A second document also stops loading: a
/// scenario is one document, and a file of millions of tiny ones would only waste time.
/// </summary>
internal sealed class GuardedParser(IParser inner, ErrorLog errors) : IParser
{
    /// <summary>Longest scalar (key or value) accepted, in characters.</summary>
    public const int MaxScalarLength = 10_000;

    /// <summary>Deepest nesting of lists and mappings accepted; a scenario needs six levels.</summary>
    public const int MaxDepth = 32;

    private int _depth;
    private int _documents;

    public ParsingEvent Current { get; private set; } = null!;

    /// <summary>Where the last event ended: the best position we have when the YAML library fails without one.</summary>
    public Mark LastEnd { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
            return false;

        Current = Check(inner.Current!);
        LastEnd = Current.End;
        return true;
    }

    private ParsingEvent Check(ParsingEvent current)
    {
        switch (current)
        {
            case SequenceStart or MappingStart when _depth == MaxDepth:
                errors.Add(current.Start, $"lists and mappings are nested more than {MaxDepth} levels deep; a scenario never needs that");
                throw new RefusedYamlException("nested too deeply");
            case DocumentStart when ++_documents > 1:
                errors.Add(current.Start, "expected a single YAML document; found a second one (`---`)");
                throw new RefusedYamlException("second document");
            case SequenceStart or MappingStart:
                _depth++;
                return current;
            case SequenceEnd or MappingEnd:
                _depth--;
                return current;
            case AnchorAlias alias:
                errors.Add(alias.Start, $"aliases (`*{alias.Value}`) are not allowed in scenario files; write the value out in full");
                return Empty(alias);
            case Scalar scalar when scalar.Value.Length > MaxScalarLength:
                errors.Add(scalar.Start, FormattableString.Invariant(
                    $"this value is {scalar.Value.Length:N0} characters long; the limit is {MaxScalarLength:N0}"));
                return Empty(scalar);
            default:
                return current;
        }
    }

    private static Scalar Empty(ParsingEvent replaced) =>
        new(AnchorName.Empty, TagName.Empty, "", ScalarStyle.Plain, true, false, replaced.Start, replaced.End, false);
}
