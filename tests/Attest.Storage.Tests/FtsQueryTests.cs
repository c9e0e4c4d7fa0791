namespace Attest.Storage.Tests;

public sealed class FtsQueryTests
{
    [Theory]
    [InlineData("embassy", "\"embassy\"")]
    [InlineData("  embassy   attack ", "\"embassy\" \"attack\"")]
    [InlineData("\"border clash\" river", "\"border clash\" \"river\"")]
    [InlineData("say \"unclosed phrase", "\"say\" \"unclosed phrase\"")]
    [InlineData("embass*", "\"embass\"*")]
    [InlineData("a OR", "\"a\" \"OR\"")]
    [InlineData("NEAR(", "\"NEAR(\"")]
    [InlineData("\"; DROP TABLE documents; --", "\"; DROP TABLE documents; --\"")]
    [InlineData("title:embassy", "\"title:embassy\"")]
    [InlineData("-embassy ^attack", "\"-embassy\" \"^attack\"")]
    [InlineData("O'Brien", "\"O'Brien\"")]
    [InlineData("a\"b c\"", "\"a\" \"b c\"")]
    [InlineData("tab\tand\0nul", "\"tab\" \"and\" \"nul\"")]
    [InlineData("embassy ; ( ) * \"\" © €", "\"embassy\"")]
    [InlineData("🙂 🏳️", "\"🙂\" \"🏳️\"")]
    [InlineData("Željana", "\"Željana\"")]
    public void Every_term_becomes_a_quoted_string(string input, string expected)
    {
        Assert.Equal(expected, FtsQuery.Build(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    [InlineData("; ( ) * ^ :")]
    [InlineData("© € °")]
    [InlineData("\u0301 \u20DD")]
    public void Input_with_nothing_searchable_builds_no_query(string input)
    {
        Assert.Null(FtsQuery.Build(input));
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("\"", "\"\"\"\"")]
    public void Quote_doubles_inner_double_quotes(string text, string expected)
    {
        Assert.Equal(expected, FtsQuery.Quote(text));
    }
}
