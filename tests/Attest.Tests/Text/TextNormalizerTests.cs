using Attest.Text;

namespace Attest.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Plain ASCII text.\nSecond line\twith a tab.")]
    [InlineData("Already clean: café, “quotes”, ‘single’, dashes – and —, Ümlaut, ǅ, Ελλάδα, 한국어, 😀.")]
    [InlineData("")]
    public void Returns_text_that_needs_nothing_unchanged_and_uncopied(string text)
    {
        var clean = TextNormalizer.Normalize(text);

        Assert.True(clean.IsUnchanged);
        Assert.Same(text, clean.Text);
        Assert.Same(text, clean.Original);
        Assert.Equal(text.Length, clean.ToOriginal(text.Length));
    }

    [Theory]
    [InlineData("a\r\nb", "a\nb")]
    [InlineData("a\rb", "a\nb")]
    [InlineData("one\r\n\r\ntwo\r", "one\n\ntwo\n")]
    [InlineData("a\u0085b\u2028c", "a\nb\nc")]
    [InlineData("end\u2029start", "end\n\nstart")]
    [InlineData("10\u00A0km, 5\u202F%, 1\u2007000", "10 km, 5 %, 1 000")]
    [InlineData("zero\u200Bwidth\u200C\u200Djoin\u2060er", "zerowidthjoiner")]
    [InlineData("\uFEFFHello", "Hello")]
    [InlineData("inter\u00ADnational", "international")]
    [InlineData("Cafe\u0301", "Café")]
    [InlineData("A\u030A and \u212B and \u2126", "Å and Å and Ω")]
    [InlineData("e\u0301\u0323", "\u1EB9\u0301")]
    [InlineData("\u1100\u1161\u11A8", "각")]
    [InlineData("e\u200B\u0301", "é")]
    [InlineData("q\u0344", "q\u0308\u0301")]
    [InlineData("x\u0344", "\u1E8D\u0301")]
    [InlineData("“Quoted” – ‘kept’ — «as» „is“ ‹here›", "“Quoted” – ‘kept’ — «as» „is“ ‹here›")]
    public void Normalizes_line_breaks_spaces_invisible_characters_and_composition(string original, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(original).Text);

    [Fact]
    public void Maps_offsets_after_a_crlf_back_past_both_characters()
    {
        var clean = TextNormalizer.Normalize("ab\r\ncd");

        Assert.Equal("ab\ncd", clean.Text);
        Assert.Equal(2, clean.ToOriginal(2));
        Assert.Equal(4, clean.ToOriginal(3));
        Assert.Equal(new Span(2, 2), clean.ToOriginal(new Span(2, 1)));
        Assert.Equal(new Span(4, 2), clean.ToOriginal(new Span(3, 2)));
        Assert.Equal(6, clean.ToOriginal(5));
    }

    [Fact]
    public void Maps_a_composed_character_to_its_base_and_marks()
    {
        var clean = TextNormalizer.Normalize("Cafe\u0301 noir");

        Assert.Equal("Café noir", clean.Text);
        Assert.Equal(new Span(0, 5), clean.ToOriginal(new Span(0, 4)));
        Assert.Equal(new Span(3, 2), clean.ToOriginal(new Span(3, 1)));
        Assert.Equal(6, clean.ToOriginal(5));
        Assert.Equal(new Span(6, 4), clean.ToOriginal(new Span(5, 4)));
    }

    [Fact]
    public void Maps_around_removed_characters_without_including_them_at_span_ends()
    {
        var clean = TextNormalizer.Normalize("ab\u200Bcd\u200B");

        Assert.Equal("abcd", clean.Text);
        Assert.Equal(new Span(0, 2), clean.ToOriginal(new Span(0, 2)));
        Assert.Equal(3, clean.ToOriginal(2));
        Assert.Equal(new Span(3, 2), clean.ToOriginal(new Span(2, 2)));
        Assert.Equal(new Span(0, 5), clean.ToOriginal(new Span(0, 4)));
        Assert.Equal(6, clean.ToOriginal(4));
    }

    [Fact]
    public void Maps_a_leading_byte_order_mark_away()
    {
        var clean = TextNormalizer.Normalize("\uFEFFHello");

        Assert.Equal(1, clean.ToOriginal(0));
        Assert.Equal(new Span(1, 5), clean.ToOriginal(new Span(0, 5)));
    }

    [Fact]
    public void Keeps_one_to_one_offsets_for_replaced_spaces()
    {
        var original = "10\u00A0km\u202Faway";
        var clean = TextNormalizer.Normalize(original);

        for (var i = 0; i <= clean.Text.Length; i++)
        {
            Assert.Equal(i, clean.ToOriginal(i));
        }
    }

    [Fact]
    public void Maps_a_paragraph_separator_that_became_two_line_feeds()
    {
        var clean = TextNormalizer.Normalize("a\u2029b");

        Assert.Equal("a\n\nb", clean.Text);
        Assert.Equal(new Span(1, 1), clean.ToOriginal(new Span(1, 2)));
        Assert.Equal(2, clean.ToOriginal(3));
    }

    [Theory]
    [InlineData("line one\r\nline two\r\n")]
    [InlineData("Cafe\u0301 au lait, re\u0301sume\u0301, n\u0303, \u1100\u1161\u11A8\u1100\u1161")]
    [InlineData("soft\u00ADhy\u00ADphen and zero\u200Bwidth\uFEFF")]
    [InlineData("\u0301\u0301 leading marks, \u212B, x\u0344y, e\u200B\u0301, \r\u0301")]
    [InlineData("mixed\r\n\u00A0\u200B\u0065\u0301\u2029\u0300")]
    public void Maps_every_clean_character_back_to_original_characters_that_normalize_to_it(string original)
    {
        AssertMapsBack(original);
    }

    [Fact]
    public void Replaces_lone_surrogates_and_maps_them_one_to_one()
    {
        // Built in code: test-case serialisation would not carry lone surrogates intact.
        var original = "a" + '\uD800' + "b" + '\uDC00' + "\u0301 \uD83D\uDE00";
        var clean = TextNormalizer.Normalize(original);

        Assert.Equal("a\uFFFDb\uFFFD\u0301 \uD83D\uDE00", clean.Text);
        Assert.Equal(3, clean.ToOriginal(3));
        AssertMapsBack(original);
    }

    /// <summary>Each clean character (a surrogate pair counts as one) maps to original characters that normalise
    /// to a text containing it, offsets never run backwards, and the whole text maps to the whole original.</summary>
    private static void AssertMapsBack(string original)
    {
        var clean = TextNormalizer.Normalize(original);
        var previous = 0;
        for (var i = 0; i < clean.Text.Length; i++)
        {
            var width = char.IsHighSurrogate(clean.Text[i]) && i + 1 < clean.Text.Length ? 2 : 1;
            var mapped = clean.ToOriginal(new Span(i, width));
            Assert.True(mapped.Start >= previous, $"offset {i} maps backwards");
            Assert.True(mapped.End <= original.Length);
            var again = TextNormalizer.Normalize(original.Substring(mapped.Start, mapped.Length)).Text;
            Assert.Contains(clean.Text.Substring(i, width), again, StringComparison.Ordinal);
            previous = mapped.Start;
            i += width - 1;
        }

        var whole = clean.ToOriginal(new Span(0, clean.Text.Length));
        Assert.Equal(clean.Text, TextNormalizer.Normalize(original.Substring(whole.Start, whole.Length)).Text);
    }
}
