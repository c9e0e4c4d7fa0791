using Attest.Text;

namespace Attest.Tests.Text;

/// <summary>The searches from a character offset to a token agree with a plain walk over the tokens at every
/// offset of a text, inside tokens, between them, and past both ends.</summary>
public sealed class TokenSearchTests
{
    private const string Text = "  The mission (OSCE) said:  \"Shelling hit Zarya at 5 a.m.\"\n\nNo one   was hurt.  ";

    [Fact]
    public void First_starting_at_or_after_matches_a_walk_at_every_offset()
    {
        var tokens = TextFixtures.Build(Text).Tokens.AsSpan();
        for (var offset = -1; offset <= Text.Length + 1; offset++)
        {
            var walked = 0;
            while (walked < tokens.Length && tokens[walked].Span.Start < offset)
            {
                walked++;
            }

            Assert.Equal(walked, TokenSearch.FirstStartingAtOrAfter(tokens, offset));
        }
    }

    [Fact]
    public void First_starting_at_or_after_never_answers_before_its_lower_bound()
    {
        var tokens = TextFixtures.Build(Text).Tokens.AsSpan();
        Assert.Equal(5, TokenSearch.FirstStartingAtOrAfter(tokens, 0, from: 5));
        Assert.Equal(tokens.Length, TokenSearch.FirstStartingAtOrAfter(tokens, 0, from: tokens.Length));
    }

    [Fact]
    public void Starting_at_finds_only_a_token_that_starts_exactly_there()
    {
        var tokens = TextFixtures.Build(Text).Tokens.AsSpan();
        for (var offset = 0; offset < Text.Length; offset++)
        {
            var expected = -1;
            for (var t = 0; t < tokens.Length; t++)
            {
                if (tokens[t].Span.Start == offset)
                {
                    expected = t;
                }
            }

            Assert.Equal(expected, TokenSearch.StartingAt(tokens, offset));
        }
    }

    [Fact]
    public void Covering_finds_the_token_around_an_offset_and_none_in_the_gaps()
    {
        var tokens = TextFixtures.Build(Text).Tokens.AsSpan();
        for (var offset = 0; offset < Text.Length; offset++)
        {
            var expected = -1;
            for (var t = 0; t < tokens.Length; t++)
            {
                if (tokens[t].Span.Start <= offset && offset < tokens[t].Span.End)
                {
                    expected = t;
                }
            }

            Assert.Equal(expected, TokenSearch.Covering(tokens, offset));
        }
    }

    [Fact]
    public void Searches_over_no_tokens_find_nothing()
    {
        Assert.Equal(0, TokenSearch.FirstStartingAtOrAfter([], 3));
        Assert.Equal(-1, TokenSearch.StartingAt([], 3));
        Assert.Equal(-1, TokenSearch.Covering([], 3));
    }
}
