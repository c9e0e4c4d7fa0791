using System.Collections.Immutable;

namespace Attest.Ingest;

/// <summary>Text with boilerplate and footnote markers taken out, and what was taken, in order.</summary>
/// <param name="Text">The cleaned text: what analysis reads and the store keeps.</param>
/// <param name="Removed">Each removal, in text order; empty when nothing was removed.</param>
public sealed record CleanedText(string Text, ImmutableArray<RemovedText> Removed)
{
    /// <summary>The offset in the original text of <paramref name="offset"/> in the cleaned text. An offset at
    /// the place of a removal maps to the position after the removed text.</summary>
    public int ToOriginal(int offset)
    {
        var shift = 0;
        foreach (var removed in Removed)
        {
            if (removed.At > offset)
            {
                break;
            }

            shift += removed.Original.Length;
        }

        return offset + shift;
    }

    /// <summary>The original text, rebuilt by putting every removal back.</summary>
    public string Restore()
    {
        if (Removed.IsEmpty)
        {
            return Text;
        }

        var original = new System.Text.StringBuilder(Text.Length + Removed.Sum(r => r.Text.Length));
        var at = 0;
        foreach (var removed in Removed)
        {
            original.Append(Text, at, removed.At - at).Append(removed.Text);
            at = removed.At;
        }

        return original.Append(Text, at, Text.Length - at).ToString();
    }
}
