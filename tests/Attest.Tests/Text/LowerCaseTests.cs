using Attest.Text;

namespace Attest.Tests.Text;

public sealed class LowerCaseTests
{
    [Fact]
    public void Lowers_every_character_of_the_basic_plane_as_the_framework_does()
    {
        var all = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            all[c] = (char)c;
        }

        var text = new string(all);
        Assert.Equal(text.ToLowerInvariant(), LowerCase.Of(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("THE MINISTRY SAID ON TUESDAY THAT TALKS WOULD RESUME.")] // longer than one vector block
    [InlineData("Armenia\u2019s \u201CPeace\u201D Plan \u2014 ÉTAT, İSTANBUL, ΣΟΦΙΑ, КИЇВ and more ASCII AFTER IT")]
    [InlineData("\uD801\uDC00 Deseret capital, then \uD801\uDC27 its small letter")] // a pair lowered as a pair
    [InlineData("a lone \uD800 high and \uDC00 low surrogate stay AS THEY ARE")]
    [InlineData("0123456789ABCDE\uD801\uDC00XYZ")] // a pair across the end of a vector block
    public void Lowers_text_as_the_framework_does(string text)
    {
        Assert.Equal(text.ToLowerInvariant(), LowerCase.Of(text));
    }
}
