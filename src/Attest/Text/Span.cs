namespace Attest.Text;

/// <summary>A half-open range <c>[Start, End)</c> of characters in a text.</summary>
public readonly record struct Span(int Start, int Length)
{
    /// <summary>The exclusive end offset.</summary>
    public int End => Start + Length;

    /// <summary>True when the span covers no character.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Builds a span from a start and an exclusive end.</summary>
    public static Span FromBounds(int start, int end) => new(start, end - start);

    /// <summary>The characters this span covers in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(Span other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(Span other) => other.Start < End && Start < other.End;

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
