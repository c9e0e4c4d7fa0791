using Attest.Lexicons;
using Attest.Mentions;
using Attest.Text;

namespace Attest.Tests.Mentions;

public sealed class NumberTokensTests
{
    /// <summary>Words that each reading treats its own way: a final period the time side drops, typographic
    /// apostrophes and hyphens the figure side folds, closed-class words, phrase words and hyphenated dates.</summary>
    private const string Text = "On Jan. 5 and jan 6, c. 1990, the day before yesterday, the People’s Army said twenty‑three "
        + "and twenty-three were killed; it’s said they’ll return mid-September, Sept. 18 or the 1990s. No. 3/2024 "
        + "was signed at 10:30 by 1,200 protesters, a dozen of whom were held; an estimated 400 marched since 2020.";

    public static TheoryData<string> Texts() => new()
    {
        Text,
        "Yesterday Tuesday’s talks ended. ‘The ’90s’ – the early 2000s. Between 12 and 14 September 2022 five died.",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Token_facts_give_each_stage_the_answer_of_its_own_lookup(string text)
    {
        var layer = TextLayerBuilder.Default.Build(text);
        var words = NumberWords.For(LexiconSet.Bundled);
        var facts = NumberTokens.Of(layer, words).Facts;
        Assert.Equal(layer.Tokens.Length, facts.Length);
        for (var t = 0; t < facts.Length; t++)
        {
            var lower = layer.TokenLower(t);
            var label = $"token {t} \"{layer.TokenText(t)}\"";
            Assert.True(words.Time.Word(lower) == words.TimeWord(facts[t]), label);
            var figure = layer.Tokens[t].Shape == TokenShape.Number ? null : words.Figures.Find(lower);
            Assert.True(ReferenceEquals(figure, words.FigureWord(facts[t])), label);
            Assert.Equal(TimeGrammarWords.PrepositionWords.Contains(lower.ToString()), (facts[t] & NumberFacts.Preposition) != 0);
            Assert.Equal(TimeGrammarWords.DeterminerWords.Contains(lower.ToString()), (facts[t] & NumberFacts.Determiner) != 0);
            Assert.Equal(TimeGrammarWords.FutureCueWords.Contains(lower.ToString()), (facts[t] & NumberFacts.FutureCue) != 0);
            Assert.Equal(lower.Contains('-'), (facts[t] & NumberFacts.Hyphen) != 0);
            Assert.Equal(lower.SequenceEqual(TimeGrammarWords.The), (facts[t] & NumberFacts.The) != 0);
            Assert.Equal(lower.SequenceEqual(TimeGrammarWords.Of), (facts[t] & NumberFacts.Of) != 0);
            Assert.Equal(lower.SequenceEqual(TimeGrammarWords.And), (facts[t] & NumberFacts.And) != 0);
            Assert.Equal(lower.SequenceEqual(TimeGrammarWords.Leading), (facts[t] & NumberFacts.Leading) != 0);
        }
    }

    [Fact]
    public void The_characters_searched_for_are_the_hyphen_and_every_character_folding_changes()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.True((c == '-' || TokenFold.Fold(c) != c) == NumberTokens.Special.Contains(c), $"U+{(int)c:X4}");
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    [InlineData("The 18th of May, the '90s and the early 2000s; the day before yesterday, a week ago, last week, from May to December.")]
    [InlineData("It may rain. In the ’80s and the late 1990s, the 4th and the 5 of June; the 2020 war. The early hours. The '")]
    [InlineData("From 12 leading to 14 September and between Sunday and Tuesday; September 12 leading into 13, the 18th of September.")]
    public void Scanning_only_the_time_starts_finds_what_scanning_every_token_finds(string text)
    {
        var layer = TextLayerBuilder.Default.Build(text);
        var words = NumberWords.For(LexiconSet.Bundled);
        var tokens = NumberTokens.Of(layer, words);
        var everyToken = new List<TimeExpression>();
        using (var grammar = new TimeGrammar(words.Time, layer))
        {
            foreach (var sentence in layer.Sentences)
            {
                grammar.Scan(sentence, everyToken);
            }
        }

        var startsOnly = new List<TimeExpression>();
        using (var grammar = new TimeGrammar(words.Time, layer, tokens))
        {
            var starts = tokens.TimeStarts.ToArray();
            foreach (var sentence in layer.Sentences)
            {
                var inSentence = starts.Where(s => s >= sentence.FirstToken && s < sentence.EndToken).ToArray();
                grammar.Scan(sentence, inSentence, startsOnly);
            }
        }

        Assert.NotEmpty(everyToken);
        Assert.Equal(everyToken, startsOnly);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Figure_starts_are_numbers_starting_figure_words_and_unknown_hyphenated_words(string text)
    {
        var layer = TextLayerBuilder.Default.Build(text);
        var words = NumberWords.For(LexiconSet.Bundled);
        var expected = new List<int>();
        for (var t = 0; t < layer.Tokens.Length; t++)
        {
            var token = layer.Tokens[t];
            var lower = layer.TokenLower(t);
            if ((token.Flags & (TokenFlags.FootnoteMarker | TokenFlags.ListMarker)) == 0 &&
                (token.Shape == TokenShape.Number || (words.Figures.Find(lower) is { } word ? word.MayStart : lower.Length >= 3 && lower.Contains('-'))))
            {
                expected.Add(t);
            }
        }

        Assert.Equal(expected, NumberTokens.Of(layer, words).FigureStarts.ToArray());
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_sentence_where_the_grammar_finds_a_time_has_a_time_start(string text)
    {
        // The grammar that looks up its own tokens scans every sentence; the time stage skips those without a start.
        var layer = TextLayerBuilder.Default.Build(text + " The meeting ended the day before yesterday. Nothing happened.");
        var words = NumberWords.For(LexiconSet.Bundled);
        var starts = NumberTokens.Of(layer, words).TimeStarts.ToArray();
        var found = new List<TimeExpression>();
        using (var grammar = new TimeGrammar(words.Time, layer))
        {
            foreach (var sentence in layer.Sentences)
            {
                grammar.Scan(sentence, found);
            }
        }

        Assert.True(found.Count >= 5, $"only {found.Count} expressions");
        foreach (var expression in found)
        {
            var sentence = layer.Sentences[layer.SentenceAt(layer.Tokens[expression.First].Span.Start)];
            Assert.True(starts.Any(s => s >= sentence.FirstToken && s < sentence.EndToken),
                $"{expression.RuleId} at token {expression.First} \"{layer.TokenText(expression.First)}\" in [{sentence.FirstToken}, {sentence.EndToken}): starts {string.Join(",", starts)}");
        }

        // Neither a number nor a word that starts an expression: the sentence is passed over.
        var last = layer.Sentences[^1];
        Assert.DoesNotContain(starts, s => s >= last.FirstToken && s < last.EndToken);
    }
}
