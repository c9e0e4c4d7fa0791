using System.Collections.Frozen;
using Attest.Lexicons;

namespace Attest.Text;

/// <summary>The words the sentence splitter must know: abbreviations (kind <c>abbreviation</c>, written with
/// their final period) and sentence starters (kind <c>sentence-starter</c>: words such as "The" or "It" whose
/// capital after an abbreviation is evidence of a new sentence). Immutable and thread-safe.</summary>
/// <remarks>Matching is exact, except that an all-lower-case entry (<c>etc.</c>, <c>a.m.</c>) also matches its
/// capitalised and all-capital forms (<c>Etc.</c>, <c>A.M.</c>); sentence starters match in any case.</remarks>
public sealed class AbbreviationLexicon
{
    /// <summary>The lexicon kind of abbreviations.</summary>
    public const string AbbreviationKind = "abbreviation";

    /// <summary>The lexicon kind of sentence starters.</summary>
    public const string SentenceStarterKind = "sentence-starter";

    private readonly FrozenDictionary<string, AbbreviationPosition> _abbreviations;
    private readonly FrozenDictionary<string, AbbreviationPosition>.AlternateLookup<ReadOnlySpan<char>> _abbreviationLookup;
    private readonly FrozenSet<string> _starters;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _starterLookup;

    private AbbreviationLexicon(Dictionary<string, AbbreviationPosition> abbreviations, HashSet<string> starters)
    {
        _abbreviations = abbreviations.ToFrozenDictionary(StringComparer.Ordinal);
        _abbreviationLookup = _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        _starters = starters.ToFrozenSet(StringComparer.Ordinal);
        _starterLookup = _starters.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxLength = abbreviations.Count == 0 ? 0 : abbreviations.Keys.Max(k => k.Length);
    }

    /// <summary>Number of written forms known as abbreviations, case variants included.</summary>
    public int Count => _abbreviations.Count;

    /// <summary>Number of sentence starters.</summary>
    public int SentenceStarterCount => _starters.Count;

    /// <summary>Length of the longest written form, to skip lookups that cannot match.</summary>
    internal int MaxLength { get; }

    /// <summary>Builds a lexicon from entries of kinds <c>abbreviation</c> and <c>sentence-starter</c>; other kinds
    /// are ignored, so a whole user lexicon file can be passed. Bad entries fail with their location.</summary>
    public static Parsed<AbbreviationLexicon> Create(IEnumerable<LexiconEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var abbreviations = new Dictionary<string, AbbreviationPosition>(StringComparer.Ordinal);
        var explicitForms = new Dictionary<string, string>(StringComparer.Ordinal);
        var starters = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (string.Equals(entry.Kind, SentenceStarterKind, StringComparison.Ordinal))
            {
                foreach (var form in entry.Aliases.Prepend(entry.Name))
                {
                    if (!IsOneWord(form, allowPeriods: false))
                    {
                        return Parsed<AbbreviationLexicon>.Fail($"{entry.Source}: sentence starter \"{form}\" must be one word");
                    }

                    starters.Add(form.ToLowerInvariant());
                }

                continue;
            }

            if (!string.Equals(entry.Kind, AbbreviationKind, StringComparison.Ordinal))
            {
                continue;
            }

            var position = AbbreviationPosition.Ordinary;
            switch (entry.Attribute("position"))
            {
                case null:
                    break;
                case "title":
                    position = AbbreviationPosition.Title;
                    break;
                case "final":
                    position = AbbreviationPosition.Final;
                    break;
                case var other:
                    return Parsed<AbbreviationLexicon>.Fail($"{entry.Source}: position \"{other}\" is unknown (expected title or final)");
            }

            foreach (var form in entry.Aliases.Prepend(entry.Name))
            {
                if (!IsOneWord(form, allowPeriods: true) || form[^1] != '.' || form.Length < 2)
                {
                    return Parsed<AbbreviationLexicon>.Fail($"{entry.Source}: abbreviation \"{form}\" must be one word ending in \".\"");
                }

                if (explicitForms.TryGetValue(form, out var firstSource) && abbreviations[form] != position)
                {
                    return Parsed<AbbreviationLexicon>.Fail($"{entry.Source}: abbreviation \"{form}\" already given with another position at {firstSource}");
                }

                explicitForms.TryAdd(form, entry.Source);
                abbreviations[form] = position;
            }
        }

        // Case variants never override a form written out in the lexicon.
        foreach (var (form, position) in abbreviations.ToArray())
        {
            if (!form.Any(char.IsUpper))
            {
                abbreviations.TryAdd(Capitalize(form), position);
                abbreviations.TryAdd(form.ToUpperInvariant(), position);
            }
        }

        return Parsed<AbbreviationLexicon>.Ok(new AbbreviationLexicon(abbreviations, starters));
    }

    /// <summary>Like <see cref="Create"/>, for entries known to be valid (bundled files, tests): a bad entry
    /// throws <see cref="InvalidDataException"/> with its location.</summary>
    public static AbbreviationLexicon FromEntries(IEnumerable<LexiconEntry> entries)
    {
        var parsed = Create(entries);
        return parsed.Success ? parsed.Value! : throw new InvalidDataException(parsed.Error);
    }

    /// <summary>Looks up a word written with its final period (<c>Gen.</c>).</summary>
    public bool TryGetAbbreviation(ReadOnlySpan<char> withPeriod, out AbbreviationPosition position)
    {
        if (withPeriod.Length > MaxLength)
        {
            position = default;
            return false;
        }

        return _abbreviationLookup.TryGetValue(withPeriod, out position);
    }

    /// <summary>True when <paramref name="lowerCaseWord"/> (already lower case) is a sentence starter.</summary>
    public bool IsSentenceStarter(ReadOnlySpan<char> lowerCaseWord) => _starterLookup.Contains(lowerCaseWord);

    private static bool IsOneWord(string form, bool allowPeriods)
    {
        foreach (var c in form)
        {
            if (!(char.IsLetterOrDigit(c) || c is '\'' or '’' or '-' || (allowPeriods && c == '.')))
            {
                return false;
            }
        }

        return form.Length > 0;
    }

    private static string Capitalize(string form) =>
        string.Create(form.Length, form, static (span, f) =>
        {
            f.AsSpan().CopyTo(span);
            span[0] = char.ToUpperInvariant(span[0]);
        });
}
