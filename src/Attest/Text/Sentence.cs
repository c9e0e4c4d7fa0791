namespace Attest.Text;

/// <summary>One sentence: its span in the clean text (first token start to last token end) and its
/// tokens <c>[FirstToken, FirstToken + TokenCount)</c> in <see cref="TextLayer.Tokens"/>.</summary>
public readonly record struct Sentence(Span Span, int FirstToken, int TokenCount)
{
    /// <summary>Index after the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
