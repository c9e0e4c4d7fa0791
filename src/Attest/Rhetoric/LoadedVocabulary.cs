using System.Collections.Frozen;
using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Model;
using Attest.Text;

namespace Attest.Rhetoric;

/// <summary>The loaded terms of a <see cref="LexiconSet"/> (kind <c>loaded</c>) and the head nouns their
/// adjectives must qualify (kind <c>loaded-head</c>, plus every nationality's plural), compiled once for
/// allocation-free lookup by token.</summary>
internal sealed class LoadedVocabulary
{
    /// <summary>Lexicon kinds read from loaded.tsv.</summary>
    public const string TermKind = "loaded";

    /// <inheritdoc cref="TermKind"/>
    public const string HeadKind = "loaded-head";

    // Prefixes that turn a label into its opposite or its field ("anti-terrorism", "non-aggression").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BlockingPrefixes =
        FrozenSet.Create(StringComparer.Ordinal, "anti", "counter", "non", "pro").GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly WordLookup<ImmutableArray<Form>> byFirstWord;
    private readonly WordLookup<HeadClass> heads;

    private LoadedVocabulary(ImmutableArray<Term> terms, Dictionary<string, ImmutableArray<Form>> forms, Dictionary<string, HeadClass> headWords, FrozenSet<string> nationalities)
    {
        Terms = terms;
        Nationalities = nationalities.GetAlternateLookup<ReadOnlySpan<char>>();
        byFirstWord = new WordLookup<ImmutableArray<Form>>(forms);
        heads = new WordLookup<HeadClass>(headWords);
        FirstWords = [.. forms.Keys];
        HeadWords = headWords;
        NationalityWords = nationalities;
    }

    /// <summary>The first word of every form: a token that is none of them and no hyphenated word starts no term.</summary>
    public ImmutableArray<string> FirstWords { get; }

    /// <summary>Every head noun with what it names.</summary>
    public IReadOnlyDictionary<string, HeadClass> HeadWords { get; }

    /// <summary>The words of <see cref="Nationalities"/>.</summary>
    public FrozenSet<string> NationalityWords { get; }

    /// <summary>What a head noun names.</summary>
    [Flags]
    internal enum HeadClass : byte
    {
        None = 0,
        People = 1,
        Act = 2,
    }

    /// <summary>One loaded entry with the conditions its forms count under.</summary>
    internal sealed record Term(
        string Name,
        LoadedKind Kind,
        FrozenSet<string> Adjectives,
        HeadClass Heads,
        FrozenSet<string> Attributive,
        FrozenSet<string> UnlessNext,
        FrozenSet<string> UnlessPrevious);

    /// <summary>One written form: its lower-case words and the term it belongs to.</summary>
    internal sealed record Form(ImmutableArray<string> Words, int Term, string Written);

    /// <summary>A form found at a token: the term, the tokens it covers, and whether it is the last part of a
    /// hyphenated word ("X-occupied").</summary>
    internal readonly record struct Hit(int Term, int FirstToken, int TokenCount, Form Form, bool InCompound);

    public ImmutableArray<Term> Terms { get; }

    /// <summary>Every country's adjectives (<c>adj=</c> in countries.tsv), lower case.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Nationalities { get; }

    public static LoadedVocabulary Build(LexiconSet lexicons)
    {
        var terms = ImmutableArray.CreateBuilder<Term>();
        var forms = new Dictionary<string, List<Form>>(StringComparer.Ordinal);
        foreach (var entry in lexicons.OfKind(TermKind))
        {
            var index = terms.Count;
            terms.Add(new Term(
                entry.Name,
                KindOf(entry.Attribute("class")),
                Set(entry.Attribute("adj")),
                HeadsOf(entry.Attribute("head")),
                Set(entry.Attribute("attributive")),
                Set(entry.Attribute("unless_next")),
                Set(entry.Attribute("unless_prev"))));
            foreach (var written in entry.Aliases.Prepend(entry.Name))
            {
                var words = written.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (words.Length == 0)
                {
                    continue;
                }

                if (!forms.TryGetValue(words[0], out var list))
                {
                    forms[words[0]] = list = [];
                }

                list.Add(new Form([.. words], index, written));
            }
        }

        var headWords = new Dictionary<string, HeadClass>(StringComparer.Ordinal);
        foreach (var entry in lexicons.OfKind(HeadKind))
        {
            var head = HeadsOf(entry.Attribute("class"));
            foreach (var written in entry.Aliases.Prepend(entry.Name))
            {
                var key = written.ToLowerInvariant();
                headWords[key] = headWords.GetValueOrDefault(key) | head;
            }
        }

        // A nationality's plural is a group of people: "radical Kovarians".
        var nationalities = new HashSet<string>(StringComparer.Ordinal);
        foreach (var country in lexicons.OfKind("country"))
        {
            foreach (var adjective in Split(country.Attribute("adj")))
            {
                nationalities.Add(adjective.ToLowerInvariant());
            }

            foreach (var demonym in Split(country.Attribute("demonym")))
            {
                var key = demonym.ToLowerInvariant();
                headWords[key] = headWords.GetValueOrDefault(key) | HeadClass.People;
            }
        }

        var sorted = forms.ToDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(f => f.Words.Length).ToImmutableArray(),
            StringComparer.Ordinal);
        return new LoadedVocabulary(terms.ToImmutable(), sorted, headWords, nationalities.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>The longest form that starts at token <paramref name="index"/> (whose lower-case text is
    /// <paramref name="lower"/>), or the last part of a hyphenated token when its prefix does not block it. The stage
    /// scans every token, and most are neither a form nor hyphenated: they leave after one bitmap probe and a short
    /// scalar scan for a hyphen, without building a hit.</summary>
    public bool TryMatch(TextLayer layer, int index, ReadOnlySpan<char> lower, out Hit hit)
    {
        if (byFirstWord.TryGetValue(lower, out var forms) && Longest(layer, index, forms, out hit))
        {
            return true;
        }

        // A hyphen with letters on both sides needs three characters; words are short, so a plain loop beats a
        // vectorised search.
        var dash = -1;
        for (var i = lower.Length - 2; i > 0; i--)
        {
            if (lower[i] == '-')
            {
                dash = i;
                break;
            }
        }

        if (dash > 0 && lower[^1] != '-')
        {
            return Compound(index, lower, dash, out hit);
        }

        hit = default;
        return false;
    }

    /// <summary>The longest of the <paramref name="forms"/> sharing the token's word that the tokens from
    /// <paramref name="index"/> spell.</summary>
    private static bool Longest(TextLayer layer, int index, ImmutableArray<Form> forms, out Hit hit)
    {
        var tokens = layer.Tokens;
        foreach (var form in forms)
        {
            if (index + form.Words.Length > tokens.Length)
            {
                continue;
            }

            var all = true;
            for (var k = 1; k < form.Words.Length && all; k++)
            {
                all = layer.TokenLower(index + k).SequenceEqual(form.Words[k]);
            }

            if (all)
            {
                hit = new Hit(form.Term, index, form.Words.Length, form, false);
                return true;
            }
        }

        hit = default;
        return false;
    }

    /// <summary>The last part of a hyphenated token as a one-word form, unless its prefix blocks it.</summary>
    private bool Compound(int index, ReadOnlySpan<char> lower, int dash, out Hit hit)
    {
        hit = default;
        var firstDash = lower.IndexOf('-');
        if (BlockingPrefixes.Contains(lower[..firstDash]) || !byFirstWord.TryGetValue(lower[(dash + 1)..], out var tail))
        {
            return false;
        }

        foreach (var form in tail)
        {
            if (form.Words.Length == 1)
            {
                hit = new Hit(form.Term, index, 1, form, true);
                return true;
            }
        }

        return false;
    }

    /// <summary>What the lower-case word names as a head noun.</summary>
    public HeadClass HeadOf(ReadOnlySpan<char> lower) => heads.TryGetValue(lower, out var head) ? head : HeadClass.None;

    private static LoadedKind KindOf(string? value)
    {
        if (value is null)
        {
            return LoadedKind.Other;
        }

        // Gold and lexicon use snake case (terror_label); the enum is TerrorLabel.
        return Enum.TryParse<LoadedKind>(value.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            ? kind
            : LoadedKind.Other;
    }

    private static HeadClass HeadsOf(string? value)
    {
        var heads = HeadClass.None;
        foreach (var part in Split(value))
        {
            heads |= part switch
            {
                "people" => HeadClass.People,
                "act" => HeadClass.Act,
                _ => HeadClass.None,
            };
        }

        return heads;
    }

    private static FrozenSet<string> Set(string? value) =>
        Split(value).Select(v => v.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    private static string[] Split(string? value) =>
        value is null ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
