namespace Attest.Text;

/// <summary>Searches over tokens in text order by character offset, shared by the stages that start from an
/// offset (a paragraph's start, a hit of a text search) and need the token there.</summary>
internal static class TokenSearch
{
    /// <summary>The first token at or after index <paramref name="from"/> that starts at or after
    /// <paramref name="offset"/>, or the token count when none does (tokens are in text order, so a binary search
    /// finds it).</summary>
    public static int FirstStartingAtOrAfter(ReadOnlySpan<Token> tokens, int offset, int from = 0)
    {
        int lo = from, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>The token that starts at character <paramref name="offset"/>, or -1 when none does.</summary>
    public static int StartingAt(ReadOnlySpan<Token> tokens, int offset)
    {
        var t = FirstStartingAtOrAfter(tokens, offset);
        return t < tokens.Length && tokens[t].Span.Start == offset ? t : -1;
    }

    /// <summary>The token that covers character <paramref name="offset"/>, or -1 when none does.</summary>
    public static int Covering(ReadOnlySpan<Token> tokens, int offset)
    {
        // The last token that starts at or before the offset is the only one that can cover it.
        var t = FirstStartingAtOrAfter(tokens, offset + 1) - 1;
        return t >= 0 && offset < tokens[t].Span.End ? t : -1;
    }
}
