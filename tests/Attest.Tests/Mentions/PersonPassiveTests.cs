using static Attest.Tests.Mentions.PersonOrganizationFixture;

namespace Attest.Tests.Mentions;

/// <summary>A passive verb only a person undergoes ("was arrested") makes a person of the capitalised name before
/// it, even at the start of a sentence; verbs a place or a body undergoes do not. Every sentence is invented.</summary>
public sealed class PersonPassiveTests
{
    [Theory]
    [InlineData("Amira Solen was arrested at a checkpoint on Monday.", "Amira Solen")]
    [InlineData("Teodor Brask Velin was detained by border guards.", "Teodor Brask Velin")]
    [InlineData("Amira Solen has been detained since March.", "Amira Solen")]
    [InlineData("Amira Solen, 41, was reportedly abducted near the bridge.", "Amira Solen")]
    [InlineData("Dario Venn was later sentenced to six years.", "Dario Venn")]
    [InlineData("Dario Venn is being interrogated, his lawyer said.", "Dario Venn")]
    [InlineData("Police said journalist Amira Solen was arrested overnight.", "Amira Solen")]
    [InlineData("Journalist Amira Solen was arrested at a checkpoint on Monday.", "Amira Solen")]
    [InlineData("Opposition activist Dario Venn was deported on Friday.", "Dario Venn")]
    [InlineData("Amira Solen and Dario Venn were kidnapped on the road to the port.", "Amira Solen; Dario Venn")]
    [InlineData("Amira Solen, Dario Venn and Ilka Morrow were jailed for a week.", "Amira Solen; Dario Venn; Ilka Morrow")]
    public void Finds_a_person_who_undergoes_a_passive_verb_only_a_person_undergoes(string text, string expected) =>
        Assert.Equal(expected, Persons(text));

    [Theory]
    [InlineData("Police arrested Amira Solen in Tbilisi on Monday.", "Amira Solen")]
    [InlineData("Masked men abducted Dario Venn after the rally.", "Dario Venn")]
    [InlineData("A court sentenced Amira Solen, a blogger, to two years.", "Amira Solen")]
    [InlineData("Guards detained Amira Solen and Dario Venn at the border.", "Amira Solen; Dario Venn")]
    [InlineData("Officers interrogated Ilka Morrow.", "Ilka Morrow")]
    public void Finds_a_person_who_is_the_object_of_such_a_verb(string text, string expected) => Assert.Equal(expected, Persons(text));

    [Theory]
    [InlineData("Police arrested Harbour Gazette journalists on Monday.")]
    [InlineData("Police arrested Solen on Monday.")]
    [InlineData("Artillery shelled North Valley on Monday.")]
    [InlineData("Rebels seized Mirel Ridge after the battle.")]
    public void Finds_no_object_person_where_the_run_modifies_a_noun_or_the_verb_is_not_such_a_verb(string text) =>
        Assert.Equal("", Persons(text));

    [Fact]
    public void Names_the_rule_that_found_the_person()
    {
        var person = Assert.Single(Find("Amira Solen was arrested at a checkpoint on Monday.").Persons);
        Assert.Equal("person.passive", person.Evidence.RuleId);
    }

    [Theory]
    [InlineData("Mirel was shelled on Monday.")]
    [InlineData("The Harbour Gazette was closed by the authorities.")]
    [InlineData("North Valley was attacked overnight.")]
    [InlineData("Solen was arrested on Monday.")]
    [InlineData("Amira Solen was seen near the bridge.")]
    [InlineData("Amira Solen said nothing. Was Arrested Later Than Planned.")]
    [InlineData("Ombudsman Says Amira Solen Was Arrested\n\nThe office gave no details.")]
    [InlineData("Amira Solen arrested the suspects.")]
    public void Finds_no_person_without_a_passive_verb_only_a_person_undergoes(string text)
    {
        var persons = Find(text).Persons.Where(p => p.Evidence.RuleId == "person.passive");
        Assert.Empty(persons);
    }

    [Theory]
    [InlineData("Mirel was shelled on Monday.")]
    [InlineData("The Harbour Gazette was closed by the authorities.")]
    [InlineData("North Valley was attacked overnight.")]
    [InlineData("Solen was arrested on Monday.")]
    [InlineData("Amira Solen arrested the suspects.")]
    [InlineData("San Marino was deported from the list.")]
    [InlineData("World Bank was sentenced in the satire.")]
    [InlineData("Silver Lanterns were detained at the rally.")]
    [InlineData("Yesterday, Silver Lanterns are being interrogated.")]
    public void Finds_no_person_at_all_where_nothing_else_shows_one(string text) => Assert.Equal("", Persons(text));

    [Fact]
    public void Confirms_a_single_word_only_through_a_full_name_elsewhere() =>
        Assert.Equal("Amira Solen; Amira Solen", Persons("Amira Solen left the city in May. Solen was arrested on Monday."));
}
