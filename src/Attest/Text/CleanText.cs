namespace Attest.Text;

/// <summary>A text after <see cref="TextNormalizer"/>: the clean <see cref="Text"/> every <see cref="Span"/>
/// points into, the <see cref="Original"/> as read, and the map between their offsets.</summary>
/// <remarks>The map is a sorted list of the few places where the lengths differ (CRLF, removed
/// zero-width characters, composed accents); everywhere else the two texts run in step.</remarks>
public sealed class CleanText
{
    private readonly OffsetEdit[] _edits;

    internal CleanText(string original, string text, OffsetEdit[] edits)
    {
        Original = original;
        Text = text;
        _edits = edits;
    }

    /// <summary>The text as read.</summary>
    public string Original { get; }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    /// <summary>True when normalisation changed nothing (then <see cref="Text"/> is <see cref="Original"/>).</summary>
    public bool IsUnchanged => ReferenceEquals(Text, Original);

    /// <summary>Maps a start offset in <see cref="Text"/> (0 to <c>Text.Length</c>) to <see cref="Original"/>.
    /// A clean character made from several original ones (CRLF, "e" + combining acute) maps to the first
    /// of them; an offset just after removed characters maps past them.</summary>
    public int ToOriginal(int cleanOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cleanOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cleanOffset, Text.Length);
        var index = LastEditAtOrBefore(cleanOffset);
        if (index < 0)
        {
            return cleanOffset;
        }

        var edit = _edits[index];
        return cleanOffset < edit.CleanEnd
            ? edit.OriginalStart
            : edit.OriginalEnd + (cleanOffset - edit.CleanEnd);
    }

    /// <summary>Maps a span of <see cref="Text"/> to the span of <see cref="Original"/> it was made from.
    /// The end maps to just after the original characters of the span's last character, so characters
    /// removed right after the span stay outside it.</summary>
    public Span ToOriginal(Span clean)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(clean.Start);
        ArgumentOutOfRangeException.ThrowIfNegative(clean.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(clean.End, Text.Length);
        var start = ToOriginal(clean.Start);
        return clean.IsEmpty ? new Span(start, 0) : Span.FromBounds(start, ToOriginalEnd(clean.End));
    }

    private int ToOriginalEnd(int cleanEnd)
    {
        var last = cleanEnd - 1;
        var index = LastEditAtOrBefore(last);
        if (index < 0)
        {
            return cleanEnd;
        }

        var edit = _edits[index];
        return last < edit.CleanEnd
            ? edit.OriginalEnd
            : edit.OriginalEnd + (last - edit.CleanEnd) + 1;
    }

    /// <summary>Index of the last edit whose clean start is at or before <paramref name="cleanOffset"/>, or -1.</summary>
    private int LastEditAtOrBefore(int cleanOffset)
    {
        int lo = 0, hi = _edits.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_edits[mid].CleanStart <= cleanOffset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
