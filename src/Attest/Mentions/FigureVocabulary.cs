using System.Collections.Immutable;
using System.Globalization;
using Attest.Lexicons;
using Attest.Model;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>The figure lexicons (kinds <c>figure-*</c>, see <c>docs/lexicons.md</c>) compiled into one lookup from a
/// lower-case token to what the rules need to know about it. Built once; immutable and thread-safe.</summary>
internal sealed class FigureVocabulary
{
    public const string CueKind = "figure-cue";
    public const string NumberKind = "figure-number";
    public const string BoundKind = "figure-bound";
    public const string BlockerKind = "figure-blocker";
    public const string SubsetKind = "figure-subset";
    public const string WordKind = "figure-word";

    private readonly WordLookup<FigureWord> lookup;

    private FigureVocabulary(Dictionary<string, FigureWord> words, int maxPhraseLength, ImmutableArray<string> diagnostics)
    {
        // Queried for every token of every text, and most tokens are no figure word.
        lookup = new WordLookup<FigureWord>(words);
        Words = words;
        MaxPhraseLength = maxPhraseLength;
        Diagnostics = diagnostics;
    }

    /// <summary>Every folded lower-case form with its word, as <see cref="Find"/> finds them.</summary>
    public IReadOnlyDictionary<string, FigureWord> Words { get; }

    /// <summary>The most tokens any phrase has.</summary>
    public int MaxPhraseLength { get; }

    /// <summary>One line per figure lexicon entry that was skipped, with its file and line.</summary>
    public ImmutableArray<string> Diagnostics { get; }

    /// <summary>What the lexicons say about a lower-case token, or null.</summary>
    public FigureWord? Find(ReadOnlySpan<char> lower)
    {
        return lookup.TryGetFolded(lower, out var word) ? word : null;
    }

    /// <summary>Compiles every <c>figure-*</c> entry of <paramref name="lexicons"/>; forms are tokenized by
    /// <paramref name="tokenizer"/>, the builder that tokenizes the texts, so both split alike.</summary>
    public static FigureVocabulary Build(LexiconSet lexicons, TextLayerBuilder tokenizer)
    {
        var builder = new Builder(tokenizer);
        foreach (var entry in lexicons.All)
        {
            switch (entry.Kind)
            {
                case NumberKind: builder.AddNumber(entry); break;
                case WordKind: builder.AddWord(entry); break;
                case CueKind: builder.AddCue(entry); break;
                case BoundKind: builder.AddBound(entry); break;
                case BlockerKind: builder.AddBlocker(entry); break;
                case SubsetKind: builder.AddPhrases(entry, new FigurePhraseTemplate(FigurePhraseType.Subset, null, FigureBound.Exact, false, false, false)); break;
            }
        }

        return builder.ToVocabulary();
    }

    private readonly record struct FigurePhraseTemplate(
        FigurePhraseType Type, FigureCue? Cue, FigureBound Bound, bool After, bool Before, bool Capitalized);

    private sealed class Slot
    {
        public FigureRoles Roles;
        public long Number;
        public bool Scale;
        public readonly List<FigurePhrase> Phrases = [];
    }

    private sealed class Builder(TextLayerBuilder tokenizer)
    {
        private readonly Dictionary<string, Slot> slots = new(StringComparer.Ordinal);
        private readonly List<string> diagnostics = [];
        private int maxLength = 1;

        public void AddNumber(LexiconEntry entry)
        {
            if (!long.TryParse(entry.Attribute("value"), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                diagnostics.Add($"{entry.Source}: {NumberKind} \"{entry.Name}\" needs value=N, a whole number above 0");
                return;
            }

            var scale = IsYes(entry.Attribute("scale"));
            foreach (var form in Forms(entry))
            {
                var tokens = Tokens(form);
                if (tokens.Length != 1)
                {
                    diagnostics.Add($"{entry.Source}: {NumberKind} form \"{form}\" must be one token");
                    continue;
                }

                var slot = Slot(tokens[0]);
                slot.Number = value;
                slot.Scale = scale;
            }
        }

        public void AddWord(LexiconEntry entry)
        {
            var roles = FigureRoles.None;
            foreach (var name in (entry.Attribute("role") ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Enum.TryParse<FigureRoles>(name, ignoreCase: true, out var role) || role == FigureRoles.None || !char.IsAsciiLetterLower(name[0]))
                {
                    diagnostics.Add($"{entry.Source}: {WordKind} \"{entry.Name}\" has unknown role \"{name}\" (expected aux, passive, negator, modal, stop, preposition, determiner, article, pronoun, conjunction, collective, weekday, infinitive, perfect)");
                    return;
                }

                roles |= role;
            }

            if (roles == FigureRoles.None)
            {
                diagnostics.Add($"{entry.Source}: {WordKind} \"{entry.Name}\" needs role=");
                return;
            }

            foreach (var form in Forms(entry))
            {
                var tokens = Tokens(form);
                if (tokens.Length != 1)
                {
                    diagnostics.Add($"{entry.Source}: {WordKind} form \"{form}\" must be one token");
                    continue;
                }

                Slot(tokens[0]).Roles |= roles;
            }
        }

        public void AddCue(LexiconEntry entry)
        {
            if (!TryKind(entry.Attribute("figure"), out var kind))
            {
                diagnostics.Add($"{entry.Source}: {CueKind} \"{entry.Name}\" needs figure=killed|injured|detained|attacks|losses|other");
                return;
            }

            FigureCuePos pos;
            switch (entry.Attribute("pos"))
            {
                case "verb": pos = FigureCuePos.Verb; break;
                case "adj": pos = FigureCuePos.Adjective; break;
                case "noun": pos = FigureCuePos.Noun; break;
                default:
                    diagnostics.Add($"{entry.Source}: {CueKind} \"{entry.Name}\" needs pos=verb|adj|noun");
                    return;
            }

            var takes = (entry.Attribute("takes") ?? string.Empty)
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(t => t.ToLowerInvariant())
                .ToImmutableArray();
            var count = pos == FigureCuePos.Noun && entry.Attribute("count") is not "no";
            var cue = new FigureCue(entry.Name, kind, pos, IsYes(entry.Attribute("object")), IsYes(entry.Attribute("passive")),
                count, IsYes(entry.Attribute("toll")), takes, IsYes(entry.Attribute("people")));
            AddPhrases(entry, new FigurePhraseTemplate(FigurePhraseType.Cue, cue, FigureBound.Exact, false, false, false));
        }

        public void AddBound(LexiconEntry entry)
        {
            FigureBound bound;
            switch (entry.Attribute("bound"))
            {
                case "min": bound = FigureBound.Min; break;
                case "approx": bound = FigureBound.Approx; break;
                case "max": bound = FigureBound.Max; break;
                case "exact": bound = FigureBound.Exact; break;
                case "range": bound = FigureBound.Range; break;
                default:
                    diagnostics.Add($"{entry.Source}: {BoundKind} \"{entry.Name}\" needs bound=min|approx|max|exact|range");
                    return;
            }

            var after = entry.Attribute("position") == "after";
            AddPhrases(entry, new FigurePhraseTemplate(FigurePhraseType.Bound, null, bound, after, !after, false));
        }

        public void AddBlocker(LexiconEntry entry)
        {
            bool before, after;
            switch (entry.Attribute("side"))
            {
                case "before": before = true; after = false; break;
                case "after": before = false; after = true; break;
                case "both": before = true; after = true; break;
                default:
                    diagnostics.Add($"{entry.Source}: {BlockerKind} \"{entry.Name}\" needs side=before|after|both");
                    return;
            }

            AddPhrases(entry, new FigurePhraseTemplate(FigurePhraseType.Blocker, null, FigureBound.Exact, after, before, IsYes(entry.Attribute("capitalized"))));
        }

        public void AddPhrases(LexiconEntry entry, FigurePhraseTemplate template)
        {
            foreach (var form in Forms(entry))
            {
                var tokens = Tokens(form);
                if (tokens.Length == 0)
                {
                    diagnostics.Add($"{entry.Source}: form \"{form}\" of \"{entry.Name}\" has no token");
                    continue;
                }

                maxLength = Math.Max(maxLength, tokens.Length);
                Slot(tokens[0]).Phrases.Add(new FigurePhrase(tokens, template.Type, template.Cue, template.Bound, template.After, template.Before, template.Capitalized));
            }
        }

        public FigureVocabulary ToVocabulary()
        {
            var words = new Dictionary<string, FigureWord>(slots.Count, StringComparer.Ordinal);
            foreach (var (key, slot) in slots)
            {
                // Longest first, so a rule that takes the first phrase that fits takes the longest.
                var phrases = slot.Phrases.OrderByDescending(p => p.Length).ToArray();
                words.Add(key, new FigureWord(slot.Roles, slot.Number, slot.Scale, phrases)
                {
                    Hyphenated = key.AsSpan().IndexOfAny('-', '\u2010', '\u2011') >= 0,
                });
            }

            return new FigureVocabulary(words, maxLength, [.. diagnostics]);
        }

        private static IEnumerable<string> Forms(LexiconEntry entry)
        {
            yield return entry.Name;
            foreach (var alias in entry.Aliases)
            {
                yield return alias;
            }
        }

        private static bool IsYes(string? value) => value is "yes";

        private static bool TryKind(string? value, out FigureKind kind)
        {
            kind = value switch
            {
                "killed" => FigureKind.Killed,
                "injured" => FigureKind.Injured,
                "detained" => FigureKind.Detained,
                "attacks" => FigureKind.Attacks,
                "losses" => FigureKind.Losses,
                "other" => FigureKind.Other,
                _ => (FigureKind)(-1),
            };
            return (int)kind >= 0;
        }

        private Slot Slot(string token)
        {
            if (!slots.TryGetValue(token, out var slot))
            {
                slots.Add(token, slot = new Slot());
            }

            return slot;
        }

        private string[] Tokens(string form)
        {
            var layer = tokenizer.Build(form);
            var tokens = new string[layer.Tokens.Length];
            for (var i = 0; i < tokens.Length; i++)
            {
                tokens[i] = TokenFold.ToFolded(layer.TokenLower(i));
            }

            return tokens;
        }
    }
}
