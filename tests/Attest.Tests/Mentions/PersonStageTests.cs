using static Attest.Tests.Mentions.PersonOrganizationFixture;

namespace Attest.Tests.Mentions;

/// <summary>Who the person stage counts as a named person, and by which evidence. Every sentence is invented.</summary>
public sealed class PersonStageTests
{
    [Theory]
    [InlineData("President Jane Marlowe said the talks would resume.", "Jane Marlowe")]
    [InlineData("Foreign Minister Tomas Brandt met his counterpart in Vienna.", "Tomas Brandt")]
    [InlineData("MEP Ilona Varga welcomed the vote.", "Ilona Varga")]
    [InlineData("Mr. Pavel Dorin declined to comment.", "Pavel Dorin")]
    [InlineData("Dr. Amina Yusuf treated the wounded at the field hospital.", "Amina Yusuf")]
    [InlineData("The talks were chaired by Ambassador Rosa Ibarra.", "Rosa Ibarra")]
    [InlineData("Ministry spokesman Colonel Ivo Maric denied the claim.", "Ivo Maric")]
    [InlineData("Prime Minister Keir Holloway arrived on Monday.", "Keir Holloway")]
    [InlineData("Secretary-General Ana Lucia Ferreira called for restraint.", "Ana Lucia Ferreira")]
    [InlineData("Human Rights Ombudsperson Nino Kapanadze visited the detainees.", "Nino Kapanadze")]
    [InlineData("Major Luca Brenner led the patrol.", "Luca Brenner")]
    [InlineData("The Ambassador of Chile to Spain Rosa Ibarra presented her credentials.", "Rosa Ibarra")]
    [InlineData("The President of Portugal Miguel Sousa opened the summit.", "Miguel Sousa")]
    [InlineData("Chilean Foreign Minister Rosa Ibarra spoke first.", "Rosa Ibarra")]
    [InlineData("The statement was signed by journalist Karim Nassar.", "Karim Nassar")]
    [InlineData("Associated Press writer Samir Haddad in Cairo contributed to this report.", "Samir Haddad")]
    [InlineData("The agency said its chief Rafael Grossman would visit the plant.", "Rafael Grossman")]
    public void Finds_a_name_after_a_title(string text, string expected) => Assert.Equal(expected, Persons(text));

    [Theory]
    [InlineData("Rosa Ibarra, the Chilean ambassador to Spain, presented her credentials.", "Rosa Ibarra")]
    [InlineData("Chile's ambassador to Spain, Rosa Ibarra, presented her credentials.", "Rosa Ibarra")]
    [InlineData("The head of the district administration, Oleg Petrenko, said residents had fled.", "Oleg Petrenko")]
    [InlineData("Želimir Kovač, a lawyer, said the arrest was unlawful.", "Želimir Kovač")]
    [InlineData("She wrote to her counterpart, Hanna Lind, on Tuesday.", "Hanna Lind")]
    [InlineData("Omar Haddad, Foreign Minister of Jordan, left early.", "Omar Haddad")]
    [InlineData("The union's chair, Maria Olsen, rejected the offer.", "Maria Olsen")]
    public void Finds_a_name_in_apposition(string text, string expected) => Assert.Equal(expected, Persons(text));

    [Theory]
    [InlineData("“We will not leave,” said Omar Haddad.", "Omar Haddad")]
    [InlineData("Omar Haddad told reporters the road was closed.", "Omar Haddad")]
    [InlineData("According to Lena Fischer, the convoy left at dawn.", "Lena Fischer")]
    [InlineData("Lena Fischer has also warned of famine.", "Lena Fischer")]
    [InlineData("The road is closed, Omar Haddad tweeted.", "Omar Haddad")]
    [InlineData("“Nobody was hurt,” added Lena Fischer.", "Lena Fischer")]
    [InlineData("Hugo Brenner, 52, said he had been beaten.", "Hugo Brenner")]
    public void Finds_a_speaker_of_two_words_or_more(string text, string expected) => Assert.Equal(expected, Persons(text));

    [Theory]
    [InlineData("By Martin Okafor\n\nThe talks ended without a deal.", "Martin Okafor")]
    [InlineData("The ceasefire held overnight.\n\n(Reporting by Sara Lind; editing by Paul Grey)", "Sara Lind; Paul Grey")]
    [InlineData("Photo by Dana Kerr\n\nSmoke rose over the port.", "Dana Kerr")]
    public void Finds_credited_authors(string text, string expected) => Assert.Equal(expected, Persons(text));

    [Fact]
    public void Gives_a_byline_author_the_role_of_journalist()
    {
        var person = Assert.Single(Find("By Martin Okafor\n\nThe talks ended.").Persons);
        Assert.Equal("journalist", person.Role);
        Assert.Equal("person.byline", person.Evidence.RuleId);
    }

    [Theory]
    [InlineData("Ursula von der Leyen said the union stood ready.", "Ursula von der Leyen")]
    [InlineData("Bashar al-Assad said the offensive would go on.", "Bashar al-Assad")]
    [InlineData("Envoy J. Peter Walsh met the rebels.", "J. Peter Walsh")]
    [InlineData("Valéry Giscard d'Estaing said the treaty would pass.", "Valéry Giscard d'Estaing")]
    [InlineData("Mohammed bin Salem said the offer stood.", "Mohammed bin Salem")]
    [InlineData("Senator Mary McDonald said the bill would pass.", "Mary McDonald")]
    [InlineData("Estonia's ambassador, Milan Kovac, said the embassy was closed.", "Milan Kovac")]
    public void Keeps_particles_initials_and_given_names_that_are_places(string text, string expected) =>
        Assert.Equal(expected, Persons(text));

    [Theory]
    [InlineData("Envoy Anna Berg, Karl Holm and Eva Lund signed the letter.", "Anna Berg; Karl Holm; Eva Lund")]
    [InlineData("Lena Fischer and Omar Haddad said the talks failed.", "Lena Fischer; Omar Haddad")]
    public void Finds_names_listed_with_a_person(string text, string expected) => Assert.Equal(expected, Persons(text));

    [Theory]
    [InlineData("Minister Ana Ruiz arrived on Monday. Ruiz said the talks had failed.", "Ana Ruiz; Ana Ruiz")]
    [InlineData("Ilse Marek visited the camp. “It is cold,” Marek said.", "Ilse Marek; Ilse Marek")]
    [InlineData("Envoy Tariq Aziz Khan spoke. Later, Khan's aide denied it.", "Tariq Aziz Khan; Tariq Aziz Khan")]
    [InlineData("Colonel Dag Lunde arrived. Lunde, 44, had served in Kosovo.", "Dag Lunde; Dag Lunde")]
    [InlineData("President Maren Holt spoke first. Maren thanked the hosts.", "Maren Holt; Maren Holt")]
    [InlineData("President Holt: “We will rebuild.”\n\nPresident Maren Holt spoke in the capital.", "Maren Holt; Maren Holt")]
    public void Resolves_a_later_short_form_to_the_full_name(string text, string expected) =>
        Assert.Equal(expected, Persons(text));

    [Theory]
    [InlineData("Marek said the camp was cold.")]
    [InlineData("“It is cold,” Marek said.")]
    [InlineData("Residents said the shelling lasted an hour.")]
    [InlineData("Officials told reporters the bridge was intact.")]
    public void Needs_a_full_name_before_it_counts_one_word_spoken(string text) => Assert.Equal(string.Empty, Persons(text));

    [Fact]
    public void Reports_a_single_name_after_a_title_when_no_full_name_is_given()
    {
        Assert.Equal("Lindqvist", Persons("Governor Lindqvist declared an emergency."));
    }

    [Theory]
    [InlineData("The President of France called for calm.")]
    [InlineData("The head of state said the border was secure.")]
    [InlineData("The Foreign Minister of Chile left the meeting early.")]
    [InlineData("The ambassador said the embassy would stay open.")]
    [InlineData("The Turkish President and the Prime Minister met.")]
    [InlineData("On Monday, officials said the road was open.")]
    [InlineData("God bless the victims, the bishop said.")]
    [InlineData("Similarly, Baku said the talks were over.")]
    [InlineData("The Kremlin said it would respond.")]
    [InlineData("Human Rights Watch said the evidence was clear.")]
    [InlineData("Amnesty International said the trial was unfair.")]
    [InlineData("In March, Parliament said it would vote again.")]
    [InlineData("Reuters reported the attack on Friday.")]
    [InlineData("The Foreign Ministry said the envoy had been summoned.")]
    [InlineData("The Marta Kovac Foundation said the clinic was hit.")]
    [InlineData("By Monday the troops had withdrawn.")]
    [InlineData("Following the attack, Moscow said it would retaliate.")]
    [InlineData("The Commonwealth of Independent States said the summit would go ahead.")]
    [InlineData("Christmas Eve passed quietly, the governor said.")]
    [InlineData("Article 22, the ministry said, had been violated.")]
    [InlineData("The Azerbaijani Human Rights Commissioner condemned the attack.")]
    [InlineData("Minister Visits Border Town After Shelling")]
    [InlineData("Paris, 2024: Talks End Without Deal")]
    [InlineData("Armenia, Azerbaijan and Russia signed the statement.")]
    [InlineData("The U.S. House of Representatives said the bill passed.")]
    public void Finds_no_person_where_none_is_named(string text) => Assert.Equal(string.Empty, Persons(text));

    [Theory]
    [InlineData("Rosa Ibarra, the Chilean ambassador to Spain, presented her credentials.", "ambassador of Chile to Spain")]
    [InlineData("Chilean Foreign Minister Rosa Ibarra spoke first.", "Foreign Minister of Chile")]
    [InlineData("Omar Haddad, Foreign Minister of Jordan, left early.", "Foreign Minister of Jordan")]
    [InlineData("Chile's ambassador to Spain, Rosa Ibarra, presented her credentials.", "ambassador of Chile to Spain")]
    [InlineData("Foreign Ministry spokesman Ivo Maric denied the claim.", "spokesman of the Foreign Ministry")]
    [InlineData("Mr. Pavel Dorin declined to comment.", null)]
    [InlineData("Omar Haddad told reporters the road was closed.", null)]
    public void Takes_the_role_from_the_title_phrase(string text, string? role)
    {
        var person = Find(text).Persons.First();
        Assert.Equal(role, person.Role);
    }

    [Fact]
    public void Gives_every_mention_of_a_person_the_role_found_first()
    {
        var persons = Find("Minister Ana Ruiz arrived on Monday. Ruiz said the talks had failed.").Persons;
        Assert.Equal(2, persons.Length);
        Assert.All(persons, p => Assert.Equal("Minister", p.Role));
        Assert.Equal(["person.title", "person.speech"], persons.Select(p => p.Evidence.RuleId));
    }

    [Fact]
    public void Points_each_mention_at_the_words_of_the_name()
    {
        var (persons, _, text) = Find("Minister Ana Ruiz arrived. Ruiz said no.");
        Assert.Equal(["Ana Ruiz", "Ruiz"], persons.Select(p => p.Evidence.Primary.In(text).ToString()));
    }

    [Fact]
    public void Finds_the_signatory_of_a_statement()
    {
        const string text = "We demand an independent inquiry.\n\nKarin Holt\nDirector of the Centre for Civic Rights\nTallinn";
        var person = Assert.Single(Find(text).Persons);
        Assert.Equal("Karin Holt", person.Name);
        Assert.Equal("person.signature", person.Evidence.RuleId);
    }

    [Fact]
    public void Finds_signatories_on_title_case_lines()
    {
        const string text = "The committee asks the chair of the centre to resign.\n\n"
            + "Signed:\n\nAnna Berg, Chair, Centre for Civic Rights\n\nKarl Holm, Director, Committee for Open Courts";
        Assert.Equal("Anna Berg; Karl Holm", Persons(text));
    }

    [Fact]
    public void Counts_a_full_name_when_its_surname_alone_is_quoted_as_speaker()
    {
        const string text = "Dora Haslund visited the border on Friday.\n\n“Nobody is safe here,” Haslund said.";
        Assert.Equal("Dora Haslund; Dora Haslund", Persons(text));
    }

    [Fact]
    public void Reads_persons_from_a_user_lexicon_by_any_of_their_forms()
    {
        const string lexicon = "person\tTeodor Vask\tVask\trole=President of Ruritania";
        var persons = Find("Vask said the border would stay closed.", lexicon).Persons;
        var person = Assert.Single(persons);
        Assert.Equal("Teodor Vask", person.Name);
        Assert.Equal("President of Ruritania", person.Role);
        Assert.Equal("person.lexicon", person.Evidence.RuleId);
    }

    [Fact]
    public void Adds_speech_verbs_from_a_user_lexicon()
    {
        const string text = "Lena Fischer opined that the vote was lost.";
        Assert.Equal(string.Empty, Persons(text));
        Assert.Equal("Lena Fischer", Persons(text, "speech-verb\topined"));
    }

    [Fact]
    public void Finds_nothing_in_an_empty_text() => Assert.Empty(Find(string.Empty).Persons);
}
