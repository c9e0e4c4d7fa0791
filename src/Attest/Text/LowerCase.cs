using System.Text;

namespace Attest.Text;

/// <summary>Lower-cases a text character by character (invariant culture), keeping its length and offsets.</summary>
internal static class LowerCase
{
    /// <summary>Same result as <see cref="string.ToLowerInvariant()"/>, faster on mostly-ASCII text with a few
    /// other characters (curly quotes): ASCII runs are lowered in bulk, other characters one by one.</summary>
    public static string Of(string text) => text.Length == 0 ? text : string.Create(text.Length, text, static (lower, source) =>
    {
        var s = source.AsSpan();
        var i = 0;
        while (i < s.Length)
        {
            var run = s[i..].IndexOfAnyExceptInRange('\0', '\u007F');
            var asciiEnd = run < 0 ? s.Length : i + run;
            if (asciiEnd > i)
            {
                Ascii.ToLower(s[i..asciiEnd], lower[i..asciiEnd], out _);
                i = asciiEnd;
                if (i == s.Length)
                {
                    break;
                }
            }

            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                var rune = Rune.ToLowerInvariant(new Rune(c, s[i + 1]));
                if (rune.Utf16SequenceLength != 2 || !rune.TryEncodeToUtf16(lower[i..], out _))
                {
                    lower[i] = c;
                    lower[i + 1] = s[i + 1];
                }

                i += 2;
            }
            else
            {
                lower[i] = char.ToLowerInvariant(c);
                i++;
            }
        }
    });
}
