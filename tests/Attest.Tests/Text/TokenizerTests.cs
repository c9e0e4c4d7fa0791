using Attest.Text;

namespace Attest.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("anti-Azerbaijani rhetoric", "anti-Azerbaijani|rhetoric")]
    [InlineData("Armenia’s border", "Armenia|’s|border")]
    [InlineData("the envoy's car", "the|envoy|'s|car")]
    [InlineData("That is JFK Jr.'s book.", "That|is|JFK|Jr.|'s|book|.")]
    [InlineData("the countries’ envoys", "the|countries|’|envoys")]
    [InlineData("don't and O’Neill", "don't|and|O’Neill")]
    [InlineData("1,000.50 and 3.5 and 9.11 at 10:30", "1,000.50|and|3.5|and|9.11|at|10:30")]
    [InlineData("2020-2022 and F-16 and an 18-year-old", "2020|-|2022|and|F-16|and|an|18-year-old")]
    [InlineData("$100 rose 5%", "$|100|rose|5|%")]
    [InlineData("the U.S. and e.g., a Ph.D.", "the|U.S.|and|e.g.|,|a|Ph.D.")]
    [InlineData("Mr. Smith", "Mr.|Smith")]
    [InlineData("J. R. Smith", "J.|R.|Smith")]
    [InlineData("No.5 and Sept.18", "No.|5|and|Sept.|18")]
    [InlineData("at https://example.org/a_b.html. Then", "at|https://example.org/a_b.html|.|Then")]
    [InlineData("(see https://example.org/wiki/X_(y)) now", "(|see|https://example.org/wiki/X_(y)|)|now")]
    [InlineData("mail first.last@example.org.", "mail|first.last@example.org|.")]
    [InlineData("mail desk_2@news.example.co.uk now", "mail|desk_2@news.example.co.uk|now")]
    [InlineData("example.com and Newsdesk.az and www.example.net/path?q=1.", "example.com|and|Newsdesk.az|and|www.example.net/path?q=1|.")]
    [InlineData("world.Today is", "world|.|Today|is")]
    [InlineData("statement[12] and[1]", "statement|[12]|and|[1]")]
    [InlineData("[...] and [a]", "[|...|]|and|[|a|]")]
    [InlineData("so… and... or . . . end. . . .", "so|…|and|...|or|. . .|end|.|. . .")]
    [InlineData("Hello!! Why?!", "Hello|!|!|Why|?|!")]
    [InlineData("“Yes,” he said — twice", "“|Yes|,|”|he|said|—|twice")]
    [InlineData("co-operate - or not", "co-operate|-|or|not")]
    [InlineData("denied.¹²", "denied|.|¹²")]
    [InlineData("AT&T and R&D", "AT&T|and|R&D")]
    [InlineData("tab\tand\u0001control", "tab|and|control")]
    public void Splits_words_numbers_and_punctuation(string text, string expected) =>
        Assert.Equal(expected.Split('|'), TextFixtures.Tokens(text));

    [Theory]
    [InlineData("embassy", TokenShape.Lower)]
    [InlineData("Baku", TokenShape.Capitalized)]
    [InlineData("I", TokenShape.Capitalized)]
    [InlineData("Armenia-Azerbaijan", TokenShape.Capitalized)]
    [InlineData("OSCE", TokenShape.AllCaps)]
    [InlineData("U.S.", TokenShape.AllCaps)]
    [InlineData("iPhone", TokenShape.Mixed)]
    [InlineData("anti-Azerbaijani", TokenShape.Mixed)]
    [InlineData("مرحبا", TokenShape.Uncased)]
    [InlineData("5th", TokenShape.Alphanumeric)]
    [InlineData("1,000.50", TokenShape.Number)]
    [InlineData(",", TokenShape.Punctuation)]
    [InlineData("—", TokenShape.Punctuation)]
    [InlineData("$", TokenShape.Symbol)]
    [InlineData("%", TokenShape.Symbol)]
    [InlineData("😀", TokenShape.Symbol)]
    [InlineData("https://example.org", TokenShape.Other)]
    public void Gives_each_token_its_shape(string text, TokenShape shape)
    {
        var layer = TextFixtures.Build(text);

        var token = Assert.Single(layer.Tokens);
        Assert.Equal(shape, token.Shape);
        Assert.Equal(text, layer.TokenText(0).ToString());
    }

    [Theory]
    [InlineData("He said “yes” today.", 2, "“", TokenFlags.OpeningQuote)]
    [InlineData("He said “yes” today.", 4, "”", TokenFlags.ClosingQuote)]
    [InlineData("He said \"yes\" today.", 2, "\"", TokenFlags.OpeningQuote)]
    [InlineData("He said \"yes\" today.", 4, "\"", TokenFlags.ClosingQuote)]
    [InlineData("She said 'go' now.", 2, "'", TokenFlags.OpeningQuote)]
    [InlineData("She said 'go' now.", 4, "'", TokenFlags.ClosingQuote)]
    [InlineData("„Genug“, sagte er.", 0, "„", TokenFlags.OpeningQuote)]
    [InlineData("„Genug“, sagte er.", 2, "“", TokenFlags.ClosingQuote)]
    [InlineData("a «b» c", 1, "«", TokenFlags.OpeningQuote)]
    [InlineData("a «b» c", 3, "»", TokenFlags.ClosingQuote)]
    [InlineData("war – or peace", 1, "–", TokenFlags.Dash)]
    [InlineData("war — or peace", 1, "—", TokenFlags.Dash)]
    [InlineData("war ‒ or peace", 1, "‒", TokenFlags.Dash)]
    [InlineData("war - or peace", 1, "-", TokenFlags.Dash)]
    [InlineData("see example.com now", 1, "example.com", TokenFlags.Url)]
    [InlineData("see http://x.example.org/a now", 1, "http://x.example.org/a", TokenFlags.Url)]
    [InlineData("mail a.b@example.org now", 1, "a.b@example.org", TokenFlags.Email)]
    [InlineData("level[5], more", 1, "[5]", TokenFlags.FootnoteMarker)]
    [InlineData("denied.³ More", 2, "³", TokenFlags.FootnoteMarker)]
    [InlineData("wait… more", 1, "…", TokenFlags.Ellipsis)]
    [InlineData("wait . . . more", 1, ". . .", TokenFlags.Ellipsis)]
    [InlineData("the U.S. side", 1, "U.S.", TokenFlags.Abbreviation)]
    [InlineData("J. Smith", 0, "J.", TokenFlags.Abbreviation | TokenFlags.Initial)]
    [InlineData("Gen. Smith", 0, "Gen.", TokenFlags.Abbreviation | TokenFlags.Title)]
    [InlineData("Armenia’s side", 1, "’s", TokenFlags.Possessive)]
    [InlineData("1. First item", 0, "1", TokenFlags.ListMarker)]
    [InlineData("1. First item", 1, ".", TokenFlags.ListMarker)]
    [InlineData("• First item", 0, "•", TokenFlags.ListMarker)]
    [InlineData("(see this)", 0, "(", TokenFlags.OpeningBracket)]
    [InlineData("(see this)", 3, ")", TokenFlags.ClosingBracket)]
    public void Flags_quotes_dashes_addresses_markers_and_abbreviations(string text, int index, string tokenText, TokenFlags flags)
    {
        var layer = TextFixtures.Build(text);

        Assert.Equal(tokenText, layer.TokenText(index).ToString());
        Assert.Equal(flags, layer.Tokens[index].Flags);
    }

    [Fact]
    public void Classes_a_straight_quote_between_two_words_by_the_open_quotation()
    {
        var layer = TextFixtures.Build("He wrote \"never\"again and\"once\" more.");
        var quotes = layer.Tokens.Where((_, i) => layer.TokenText(i) is "\"").Select(t => t.Flags).ToArray();

        Assert.Equal([TokenFlags.OpeningQuote, TokenFlags.ClosingQuote, TokenFlags.OpeningQuote, TokenFlags.ClosingQuote], quotes);
    }

    [Fact]
    public void Gives_words_from_the_ascii_fast_path_the_same_shape_as_the_general_rule()
    {
        var texts = new List<string>
        {
            "Plain words, UPPER case, MiXed, x1, 42, 7th, I, a, McAllister, NATO; done) (again) [x] \"quoted\" end! or? yes/no",
        };
        var seeds = TextFixtures.Shared("corpus", "seeds");
        if (Directory.Exists(seeds))
        {
            texts.AddRange(Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        }

        var checkedWords = 0;
        foreach (var text in texts)
        {
            var layer = TextFixtures.Build(text);
            for (var i = 0; i < layer.Tokens.Length; i++)
            {
                var token = layer.Tokens[i];
                if (token.Flags == TokenFlags.None && token.Shape is not (TokenShape.Punctuation or TokenShape.Symbol or TokenShape.Other))
                {
                    Assert.Equal(Shapes.Of(layer.TokenText(i)), token.Shape);
                    checkedWords++;
                }
            }
        }

        Assert.True(checkedWords > 100);
    }

    [Fact]
    public void Gives_the_lower_case_form_through_the_layer_without_new_strings()
    {
        var layer = TextFixtures.Build("The U.S. Embassy İN Baku");

        Assert.Equal(layer.Text.Length, layer.Lower.Length);
        Assert.Equal("u.s.", layer.TokenLower(1).ToString());
        Assert.Equal("embassy", layer.TokenLower(2).ToString());
        Assert.Equal(layer.TokenText(3).Length, layer.TokenLower(3).Length);
    }
}
