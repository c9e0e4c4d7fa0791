using Attest.Mentions;

namespace Attest.Tests.Mentions;

public sealed class NameCueTableTests
{
    private static readonly NameCueTable Table = new(new Dictionary<string, NameCue>
    {
        ["a"] = NameCue.Function,
        ["of"] = NameCue.Particle | NameCue.Function,
        ["said"] = NameCue.SpeechVerb,
        ["sand"] = NameCue.NotPerson, // same length, first and last letter as "said"
        ["agency"] = NameCue.OrgHead,
        ["ministry"] = NameCue.OrgHead, // eight characters: the longest kept packed
        ["ministers"] = NameCue.RoleNoun, // nine: kept as a string
        ["spokesperson"] = NameCue.RoleNoun,
        ["préfet"] = NameCue.RoleNoun,
        ["ставка"] = NameCue.OrgNoun,
    });

    [Theory]
    [InlineData("a", (uint)(NameCue.Function))]
    [InlineData("of", (uint)(NameCue.Particle | NameCue.Function))]
    [InlineData("said", (uint)(NameCue.SpeechVerb))]
    [InlineData("sand", (uint)(NameCue.NotPerson))]
    [InlineData("agency", (uint)(NameCue.OrgHead))]
    [InlineData("ministry", (uint)(NameCue.OrgHead))]
    [InlineData("ministers", (uint)(NameCue.RoleNoun))]
    [InlineData("spokesperson", (uint)(NameCue.RoleNoun))]
    [InlineData("préfet", (uint)(NameCue.RoleNoun))]
    [InlineData("ставка", (uint)(NameCue.OrgNoun))]
    public void Gives_each_word_its_own_cues(string word, uint expected) =>
        Assert.Equal((NameCue)expected, Table.Of(word));

    [Theory]
    [InlineData("")]
    [InlineData("b")]
    [InlineData("on")]
    [InlineData("sayd")] // same length, first and last letter as "said" and "sand"
    [InlineData("sai")] // a prefix of a word
    [InlineData("saids")]
    [InlineData("ministrx")] // differs only in the last of eight characters
    [InlineData("xinistry")] // differs only in the first
    [InlineData("minister")]
    [InlineData("ministerz")]
    [InlineData("prefet")] // unfolded: the table compares ordinally
    [InlineData("Said")] // the table holds lower-case words only
    public void Gives_no_cue_to_a_word_it_does_not_hold(string word) =>
        Assert.Equal(NameCue.None, Table.Of(word));

    [Fact]
    public void Agrees_with_a_dictionary_on_every_word_of_a_larger_table()
    {
        var words = new Dictionary<string, NameCue>();
        for (var i = 0; i < 2000; i++)
        {
            // Words of 1 to 12 letters from a fixed sequence, many sharing their length and end letters.
            var length = 1 + (i % 12);
            var chars = new char[length];
            for (var k = 0; k < length; k++)
            {
                chars[k] = (char)('a' + ((i * 7 + k * 13 + i / 26) % 26));
            }

            words.TryAdd(new string(chars), (NameCue)(1u << (i % 17)));
        }

        var table = new NameCueTable(words);
        foreach (var (word, cue) in words)
        {
            Assert.Equal(cue, table.Of(word));
            var changed = word[..^1] + (char)(word[^1] == 'z' ? 'a' : word[^1] + 1);
            Assert.Equal(words.GetValueOrDefault(changed), table.Of(changed));
        }
    }
}
