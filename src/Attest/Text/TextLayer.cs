using System.Collections.Immutable;

namespace Attest.Text;

/// <summary>A document's text layer: the clean text, its lower-case twin, and its paragraphs, sentences and
/// tokens as spans into <see cref="Text"/>. Immutable; built by <see cref="TextLayerBuilder"/>.</summary>
public sealed class TextLayer
{
    internal TextLayer(CleanText clean, string lower, ImmutableArray<Span> paragraphs,
        ImmutableArray<Sentence> sentences, ImmutableArray<Token> tokens)
    {
        Clean = clean;
        Lower = lower;
        Paragraphs = paragraphs;
        Sentences = sentences;
        Tokens = tokens;
    }

    /// <summary>The normalised text and its map back to the original.</summary>
    public CleanText Clean { get; }

    /// <summary>The clean text; every span of this layer points into it.</summary>
    public string Text => Clean.Text;

    /// <summary><see cref="Text"/> lower-cased character by character (invariant culture): same length,
    /// same offsets, so any span reads the same place in both.</summary>
    public string Lower { get; }

    /// <summary>Paragraphs in order, trimmed of surrounding whitespace.</summary>
    public ImmutableArray<Span> Paragraphs { get; }

    /// <summary>Sentences in order; each lies inside one paragraph.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>Tokens in order; each lies inside one sentence.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>The characters of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> TokenText(int index) => Tokens[index].Span.In(Clean.Text);

    /// <summary>The lower-case characters of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> TokenLower(int index) => Tokens[index].Span.In(Lower);

    /// <summary>The tokens of <paramref name="sentence"/>.</summary>
    public ReadOnlySpan<Token> TokensOf(Sentence sentence) => Tokens.AsSpan().Slice(sentence.FirstToken, sentence.TokenCount);

    /// <summary>The index of the last sentence that starts at or before <paramref name="offset"/>, or -1 when
    /// the offset lies before the first sentence.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Sentences[mid].Span.Start <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return hi;
    }

    /// <summary>The index of the last paragraph that starts at or before <paramref name="offset"/>, or -1 when
    /// the offset lies before the first paragraph.</summary>
    public int ParagraphAt(int offset)
    {
        int lo = 0, hi = Paragraphs.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Paragraphs[mid].Start <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return hi;
    }
}
