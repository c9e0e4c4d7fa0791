using Attest.Lexicons;

namespace Attest.Text;

/// <summary>Builds <see cref="TextLayer"/>s: normalisation, paragraphs, tokens and sentences. Built once from
/// the abbreviation lexicon, immutable and thread-safe; reuse one builder for every document.</summary>
public sealed class TextLayerBuilder
{
    private static readonly Lazy<TextLayerBuilder> Bundled = new(() =>
        new TextLayerBuilder(AbbreviationLexicon.FromEntries(BundledLexicons.Load("abbreviations.tsv"))));

    /// <summary>Creates a builder that knows the given abbreviations and sentence starters.</summary>
    public TextLayerBuilder(AbbreviationLexicon abbreviations)
    {
        ArgumentNullException.ThrowIfNull(abbreviations);
        Abbreviations = abbreviations;
    }

    /// <summary>A builder with the bundled <c>lexicons/abbreviations.tsv</c>.</summary>
    public static TextLayerBuilder Default => Bundled.Value;

    /// <summary>The abbreviations and sentence starters this builder knows.</summary>
    public AbbreviationLexicon Abbreviations { get; }

    /// <summary>Normalises <paramref name="original"/> and finds its paragraphs, sentences and tokens.</summary>
    public TextLayer Build(string original)
    {
        var clean = TextNormalizer.Normalize(original);
        var text = clean.Text;
        var lower = LowerCase.Of(text);
        using var paragraphs = new PooledList<Span>(64);
        using var tokens = new PooledList<Token>((text.Length / 5) + 16);
        using var sentences = new PooledList<Sentence>((text.Length / 100) + 16);
        using var mayEnd = new PooledList<int>((text.Length / 50) + 16);
        ParagraphSplitter.Split(text, paragraphs);
        var tokenizer = new Tokenizer(text, Abbreviations, tokens, mayEnd);
        var splitter = new SentenceSplitter(text, lower, Abbreviations, tokens, mayEnd, sentences);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var first = tokens.Count;
            tokenizer.Tokenize(paragraph.Start, paragraph.End);
            splitter.Split(first, tokens.Count);
        }

        return new TextLayer(clean, lower, paragraphs.ToImmutable(), sentences.ToImmutable(), tokens.ToImmutable());
    }
}
