using System.Buffers;

namespace Attest.Attribution;

/// <summary>Tells text whose words are already separated by single plain spaces from text that needs its white
/// space collapsed, so the stages make a name or target with one copy instead of splitting and joining it.</summary>
internal static class PlainSpacing
{
    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> accepts besides the plain space (and a few
    /// controls more, which only send text down the slow, exact path).</summary>
    private static readonly SearchValues<char> OtherSpace = SearchValues.Create(
        "\t\n\v\f\r\u001C\u001D\u001E\u001F\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    /// <summary>True when <paramref name="text"/> neither starts nor ends with white space and separates its words
    /// by single plain spaces only: collapsing its white space would leave it as it is.</summary>
    public static bool IsPlain(ReadOnlySpan<char> text) =>
        !text.IsEmpty && text[0] != ' ' && text[^1] != ' '
        && text.IndexOfAny(OtherSpace) < 0 && !text.Contains("  ", StringComparison.Ordinal);
}
