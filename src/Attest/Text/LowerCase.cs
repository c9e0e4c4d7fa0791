namespace Attest.Text;

/// <summary>Lower-cases a text character by character (invariant culture), keeping its length and offsets.</summary>
internal static class LowerCase
{
    /// <summary>Same result as <see cref="string.ToLowerInvariant()"/>, but lowers ASCII runs in bulk even after
    /// the first curly quote, where the framework falls back to one character at a time for the rest.</summary>
    public static string Of(string text) => text.Length == 0 ? text : string.Create(text.Length, text, static (lower, source) =>
    {
        var s = source.AsSpan();
        var i = 0;
        var runs = 0;
        while (i < s.Length)
        {
            var ascii = s[i..].IndexOfAnyExceptInRange('\0', '\u007F');
            var end = ascii < 0 ? s.Length : i + ascii;
            if (end > i)
            {
                System.Text.Ascii.ToLower(s[i..end], lower[i..end], out _);
                i = end;
            }

            if (i == s.Length)
            {
                break;
            }

            // A run of other characters, up to the next ASCII one; surrogate pairs never straddle its ends.
            var other = s[i..].IndexOfAnyInRange('\0', '\u007F');
            end = other < 0 ? s.Length : i + other;
            s[i..end].ToLowerInvariant(lower[i..end]);
            i = end;
            runs++;
            if (runs > 64 && i < s.Length && runs * 16 > i)
            {
                // Mostly non-ASCII text (runs shorter than 16 characters on average): one call for the rest.
                s[i..].ToLowerInvariant(lower[i..]);
                break;
            }
        }
    });
}
