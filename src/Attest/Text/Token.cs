namespace Attest.Text;

/// <summary>One token: its span in the clean text, its shape and flags. The text itself is read through
/// <see cref="TextLayer.TokenText(int)"/> and <see cref="TextLayer.TokenLower(int)"/>; no string is made per token.</summary>
public readonly record struct Token(Span Span, TokenShape Shape, TokenFlags Flags)
{
    /// <summary>True when every flag in <paramref name="flags"/> is set.</summary>
    public bool Has(TokenFlags flags) => (Flags & flags) == flags;
}
