using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Attest.Lexicons;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>One document's tokens seen through its lexicon matches: which match covers, starts or ends at a
/// token, and which sentence holds it. Built per call of <see cref="PlaceStage.Find"/>; its per-token tables are
/// pooled, so it must be disposed.</summary>
internal sealed class PlaceContext : IDisposable
{
    private readonly int[] matchOf;
    private readonly int[] sentenceOf;
    private readonly sbyte[] titleCase;
    private readonly List<int> compoundTokens;
    private readonly List<int> descriptorTokens;
    private readonly List<int> missionTokens;

    /// <summary>Reads <paramref name="layer"/> through <paramref name="matches"/>; the three lists, cleared here,
    /// receive <see cref="CompoundTokens"/>, <see cref="DescriptorTokens"/> and <see cref="MissionTokens"/>.</summary>
    public PlaceContext(TextLayer layer, ImmutableArray<LexiconMatch> matches, List<int> compoundTokens,
        List<int> descriptorTokens, List<int> missionTokens)
    {
        Layer = layer;
        Matches = matches;
        this.compoundTokens = compoundTokens;
        this.descriptorTokens = descriptorTokens;
        this.missionTokens = missionTokens;
        compoundTokens.Clear();
        descriptorTokens.Clear();
        missionTokens.Clear();
        matchOf = ArrayPool<int>.Shared.Rent(layer.Tokens.Length);
        Array.Fill(matchOf, -1, 0, layer.Tokens.Length);
        for (var m = 0; m < matches.Length; m++)
        {
            for (var t = matches[m].FirstToken; t < matches[m].EndToken; t++)
            {
                matchOf[t] = m;
            }
        }

        // The rules ask for the sentence of a token often; filled a sentence at a time, the table costs next to nothing.
        sentenceOf = ArrayPool<int>.Shared.Rent(layer.Tokens.Length);
        var sentences = layer.Sentences.AsSpan();
        for (var s = 0; s < sentences.Length; s++)
        {
            Array.Fill(sentenceOf, s, sentences[s].FirstToken, sentences[s].TokenCount);
        }

        FindCompounds();
        var tokens = layer.Tokens.AsSpan();
        var lower = layer.Lower.AsSpan();
        for (var t = 0; t < tokens.Length; t++)
        {
            NoteToken(t, tokens[t], lower);
        }

        titleCase = new sbyte[layer.Sentences.Length];
    }

    public TextLayer Layer { get; }

    /// <summary>Capitalised or mixed-case tokens with a hyphen inside ("Armenia-Azerbaijan"), in order: the
    /// candidates for compounds of place names.</summary>
    public ReadOnlySpan<int> CompoundTokens => CollectionsMarshal.AsSpan(compoundTokens);

    /// <summary>Lower-case nouns for a settlement or a division ("village", "districts"), in order.</summary>
    public ReadOnlySpan<int> DescriptorTokens => CollectionsMarshal.AsSpan(descriptorTokens);

    /// <summary>Tokens of <see cref="PlaceWords.Missions"/> and "mission(s)", in order: the mission candidates.</summary>
    public ReadOnlySpan<int> MissionTokens => CollectionsMarshal.AsSpan(missionTokens);

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(matchOf);
        ArrayPool<int>.Shared.Return(sentenceOf);
    }

    /// <summary>Lists the capitalised or mixed-case tokens with a hyphen inside. Hyphens are few, so the text is
    /// searched for them rather than every capitalised token read.</summary>
    private void FindCompounds()
    {
        var text = Layer.Text.AsSpan();
        var tokens = Layer.Tokens.AsSpan();
        var at = text.IndexOf('-');
        while (at >= 0)
        {
            var next = at + 1;
            var t = TokenSearch.Covering(tokens, at);
            if (t >= 0)
            {
                if (tokens[t].Shape is TokenShape.Capitalized or TokenShape.Mixed)
                {
                    compoundTokens.Add(t);
                }

                next = tokens[t].Span.End;
            }

            var rest = next < text.Length ? text[next..].IndexOf('-') : -1;
            at = rest < 0 ? -1 : next + rest;
        }
    }

    /// <summary>Lists token <paramref name="t"/> for the descriptor and mission rules. The rules would each walk
    /// every token of the document; in one walk, here, every token is read once and only the few they want are kept.</summary>
    private void NoteToken(int t, Token token, ReadOnlySpan<char> lower)
    {
        // Descriptors are taken in lower case only, missions in any case; every word sought has 4 letters or more.
        var length = token.Span.Length;
        if (length < 4 || !PlaceWords.Sought.TryGetValue(lower.Slice(token.Span.Start, length), out var use))
        {
            return;
        }

        if (use == PlaceWords.Use.Descriptor)
        {
            if (token.Shape == TokenShape.Lower)
            {
                descriptorTokens.Add(t);
            }
        }
        else if (length is >= 7 and <= 17)
        {
            missionTokens.Add(t);
        }
    }

    public ImmutableArray<LexiconMatch> Matches { get; }

    public Sentence SentenceOf(int token) => Layer.Sentences[sentenceOf[token]];

    /// <summary>True when some lexicon match covers token <paramref name="t"/>.</summary>
    public bool Covered(int t) => matchOf[t] >= 0;

    /// <summary>The match that starts at token <paramref name="t"/>, if any.</summary>
    public LexiconMatch? MatchAt(int t) =>
        t >= 0 && t < Layer.Tokens.Length && matchOf[t] >= 0 && Matches[matchOf[t]].FirstToken == t ? Matches[matchOf[t]] : null;

    /// <summary>The match whose last token is <paramref name="t"/>, if any.</summary>
    public LexiconMatch? MatchEndingAt(int t) =>
        t >= 0 && t < Layer.Tokens.Length && matchOf[t] >= 0 && Matches[matchOf[t]].EndToken == t + 1 ? Matches[matchOf[t]] : null;

    /// <summary>The first token of the state named right before a mission word (skipping a possessive).</summary>
    public int? OwnerStart(int missionToken, Sentence sentence)
    {
        var before = missionToken - 1;
        if (before >= sentence.FirstToken && Layer.Tokens[before].Has(TokenFlags.Possessive))
        {
            before--;
        }

        return before >= sentence.FirstToken && MatchEndingAt(before) is { } match ? match.FirstToken : null;
    }

    /// <summary>True when the words around tokens <c>[first, end)</c> would make them part of a person's name:
    /// an unknown capitalised word right after, or right before when that word does not start the sentence,
    /// or an initial or a title abbreviation right before.</summary>
    public bool NextToPersonName(int first, int end, Sentence sentence)
    {
        if (end < sentence.EndToken && IsUnknownCapitalised(end))
        {
            return true;
        }

        if (first - 1 < sentence.FirstToken)
        {
            return false;
        }

        var before = Layer.Tokens[first - 1];
        return before.Has(TokenFlags.Initial) || before.Has(TokenFlags.Title) || (first - 1 > sentence.FirstToken && IsUnknownCapitalised(first - 1));
    }

    /// <summary>True when the token at <paramref name="next"/> continues a proper name that a place opens
    /// ("Helsinki Citizens Assembly"): an unknown capitalised word, or the start of an organisation's name,
    /// in a sentence that is not written in title case.</summary>
    public bool OpensLongerName(int next, Sentence sentence)
    {
        if (next >= sentence.EndToken || IsTitleCase(sentence))
        {
            return false;
        }

        if (IsUnknownCapitalised(next))
        {
            return true;
        }

        return MatchAt(next) is { } match && match.HasKind("organization");
    }

    private bool IsUnknownCapitalised(int t)
    {
        var token = Layer.Tokens[t];
        return token.Shape is TokenShape.Capitalized && matchOf[t] < 0 && !token.Has(TokenFlags.Title) && !token.Has(TokenFlags.Initial);
    }

    /// <summary>Headlines in title case capitalise even function words ("Embassy In Paris Attacked By ..."),
    /// so a capital there says nothing about a longer name; a plain name line ("Helsinki Citizens Assembly")
    /// keeps its function words in lower case.</summary>
    private bool IsTitleCase(Sentence sentence)
    {
        var index = sentenceOf[sentence.FirstToken];
        if (titleCase[index] == 0)
        {
            titleCase[index] = -1;
            var tokens = Layer.Tokens.AsSpan();
            for (var t = sentence.FirstToken + 1; t < sentence.EndToken; t++)
            {
                if (tokens[t].Shape == TokenShape.Capitalized && PlaceWords.TitleCaseMarks.Contains(Layer.TokenLower(t)))
                {
                    titleCase[index] = 1;
                    break;
                }
            }
        }

        return titleCase[index] > 0;
    }
}
