using Attest.Lexicons;

namespace Attest.Tests.Lexicons;

public sealed class LexiconFileTests
{
    [Fact]
    public void Reads_kind_name_aliases_and_attributes()
    {
        var parsed = LexiconFile.Parse(new StringReader("country\tVarnia\tRepublic of Varnia|the Republic\tiso=XA;capital=Varnograd\n"), "t.tsv");

        var entry = Assert.Single(parsed.Value);
        Assert.Equal("country", entry.Kind);
        Assert.Equal("Varnia", entry.Name);
        Assert.Equal(["Republic of Varnia", "the Republic"], entry.Aliases.ToArray());
        Assert.Equal("XA", entry.Attribute("iso"));
        Assert.Equal("Varnograd", entry.Attribute("capital"));
        Assert.Null(entry.Attribute("lat"));
        Assert.Equal("t.tsv:1", entry.Source);
    }

    [Fact]
    public void Comments_and_blank_lines_are_skipped_but_counted_for_locations()
    {
        var parsed = LexiconFile.Parse(new StringReader("# header\n\n   \nabbreviation\tGen.\n"), "t.tsv");

        Assert.Equal("t.tsv:4", Assert.Single(parsed.Value).Source);
    }

    [Fact]
    public void Name_only_lines_have_no_aliases_or_attributes()
    {
        var entry = Assert.Single(LexiconFile.Parse(new StringReader("abbreviation\tSept.\n"), "t").Value);

        Assert.Empty(entry.Aliases);
        Assert.Empty(entry.Attributes);
    }

    [Theory]
    [InlineData("country", "expected 2 to 4")]
    [InlineData("a\tb\tc\td\te", "expected 2 to 4")]
    [InlineData("\tname", "must not be empty")]
    [InlineData("country\tVarnia\t\tiso", "is not key=value")]
    [InlineData("country\tVarnia\t\tiso=XA;iso=XB", "given twice")]
    public void A_malformed_line_fails_with_file_and_line(string line, string message)
    {
        var parsed = LexiconFile.Parse(new StringReader("# ok\n" + line + "\n"), "my-terms.tsv");

        Assert.False(parsed.Success);
        Assert.StartsWith("my-terms.tsv:2: ", parsed.Error);
        Assert.Contains(message, parsed.Error);
    }

    [Fact]
    public void Every_bundled_lexicon_parses()
    {
        Assert.NotEmpty(BundledLexicons.Names);
        foreach (var name in BundledLexicons.Names)
        {
            using var reader = BundledLexicons.Open(name);
            var parsed = LexiconFile.Parse(reader, name);
            Assert.True(parsed.Success, parsed.Error);
        }
    }
}
