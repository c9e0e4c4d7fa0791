using Attest.Attribution;
using Attest.Text;
using static Attest.Tests.Attribution.AttributionFixture;

namespace Attest.Tests.Attribution;

/// <summary>Which quoted stretches are direct quotations and whom they belong to. Every sentence is invented.</summary>
public sealed class QuoteStageTests
{
    [Theory]
    [InlineData("“We will rebuild the bridge before winter,” said Mayor Anna Kowalczyk.", "Anna Kowalczyk")]
    [InlineData("\"The convoy reached the town at dawn,\" Colonel Ivo Maric told reporters.", "Ivo Maric")]
    [InlineData("“Nobody was hurt when the shell hit the school,” Foreign Minister Tomas Brandt said on Monday.", "Tomas Brandt")]
    [InlineData("“The talks will resume next week in Geneva,” President Jane Marlowe tweeted.", "Jane Marlowe")]
    [InlineData("“We will not leave our homes again,” said Dr. Amina Yusuf, who runs the clinic.", "Amina Yusuf")]
    [InlineData("“The road is open to aid trucks from today,” Ambassador Rosa Ibarra said in a statement.", "Rosa Ibarra")]
    [InlineData("“Four of our staff were injured by stones,” police chief Major Luca Brenner told the paper.", "Luca Brenner")]
    [InlineData("“Everyone who broke the law will be charged,” Prime Minister Keir Holloway added.", "Keir Holloway")]
    [InlineData("«Nous ne partirons pas d'ici sans nos enfants», said Mayor Anna Kowalczyk.", "Anna Kowalczyk")]
    [InlineData("„Wir lassen niemanden in dieser Stadt zurück“, said Foreign Minister Tomas Brandt.", "Tomas Brandt")]
    [InlineData("'We are counting the dead house by house,' said Dr. Amina Yusuf.", "Amina Yusuf")]
    [InlineData("‘The shelter was full by midnight,’ Ambassador Rosa Ibarra told journalists.", "Rosa Ibarra")]
    public void Finds_the_speaker_named_after_the_quote(string text, string speaker) => Assert.Equal(speaker, Speakers(text));

    [Theory]
    [InlineData("Foreign Minister Tomas Brandt said: “We expect the envoy to leave the country within two days.”", "Tomas Brandt")]
    [InlineData("According to Ambassador Rosa Ibarra, “the embassy was never warned about the march.”", "Rosa Ibarra")]
    [InlineData("President Jane Marlowe told the assembly that “no town will be left without power this winter.”", "Jane Marlowe")]
    [InlineData("Mayor Anna Kowalczyk: “The water supply was cut at four in the morning.”", "Anna Kowalczyk")]
    [InlineData("In a post on social media, Dr. Amina Yusuf wrote: “The ward has no more beds and no more oxygen.”", "Amina Yusuf")]
    public void Finds_the_speaker_named_before_the_quote(string text, string speaker) => Assert.Equal(speaker, Speakers(text));

    [Theory]
    [InlineData("President Jane Marlowe spoke at the summit on Friday. The head of state reminded that the border had been shelled twice:\n\n“The first attack came at night, the second at noon.”", "Jane Marlowe")]
    [InlineData("Foreign Minister Tomas Brandt addressed the council. He recalled the events of the spring:\n\n“Our consulate was set on fire while the police watched.”", "Tomas Brandt")]
    [InlineData("Ambassador Rosa Ibarra met the press in Lima. She said that the staff had left:\n\n“All of our diplomats are now safe outside the city.”", "Rosa Ibarra")]
    public void Finds_the_speaker_introduced_by_the_previous_sentence(string text, string speaker) => Assert.Equal(speaker, Speakers(text));

    [Theory]
    [InlineData("Ambassador Rosa Ibarra visited the site. “The windows were broken and the gate was forced,” she said.", "Rosa Ibarra")]
    [InlineData("Colonel Ivo Maric inspected the bridge. “Two spans are gone and the third will not hold,” he told reporters.", "Ivo Maric")]
    [InlineData("President Jane Marlowe met Mayor Anna Kowalczyk. Marlowe praised the rescue teams. “They worked through the night without a break,” she said.", "Jane Marlowe")]
    [InlineData("Prime Minister Keir Holloway opened the session. “We will answer every question in writing,” the head of government said.", "Keir Holloway")]
    [InlineData("President Jane Marlowe arrived in the capital. “No one will be punished for speaking,” the head of state said.", "Jane Marlowe")]
    [InlineData("The foreign ministry of Peru summoned the envoy. “We will not accept threats against our staff,” Dr. Amina Yusuf said, reading the note.", "Amina Yusuf")]
    [InlineData("Mayor Anna Kowalczyk met the families. “Every house on this street will be rebuilt,” Kowalczyk said.", "Anna Kowalczyk")]
    [InlineData("Colonel Ivo Maric and Ambassador Rosa Ibarra toured the camp. “There is food for a week and no more,” Ibarra said.", "Rosa Ibarra")]
    public void Resolves_pronouns_and_descriptions_to_an_earlier_person(string text, string speaker) => Assert.Equal(speaker, Speakers(text));

    [Fact]
    public void Resolves_the_ministry_to_the_ministry_named_before()
    {
        var text = "The Ministry of Foreign Affairs of Peru summoned the envoy on Monday.\n\n“We will not accept threats against our staff abroad,” the ministry said in a statement.";
        var speaker = Speakers(text);
        Assert.Contains("Ministry", speaker, StringComparison.Ordinal);
        Assert.Contains("Peru", speaker, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("“The first shell hit the school.\n\n“The second hit the clinic an hour later,” said Dr. Amina Yusuf.", 2)]
    [InlineData("“The first shell hit the school.\n\n“The second hit the clinic.\n\n“The third hit the market at noon,” said Dr. Amina Yusuf.", 3)]
    [InlineData("\"The first shell hit the school and the roof fell in.\nThe second hit the clinic an hour later,\" said Dr. Amina Yusuf.", 2)]
    public void Gives_every_paragraph_of_a_running_quote_the_final_speaker(string text, int paragraphs)
    {
        var speakers = Speakers(text).Split(" | ");
        Assert.Equal(paragraphs, speakers.Length);
        Assert.All(speakers, s => Assert.Equal("Amina Yusuf", s));
    }

    [Fact]
    public void Ends_an_unclosed_quote_at_its_paragraph_when_the_next_one_does_not_continue_it()
    {
        var text = "Mayor Anna Kowalczyk said:\n\n\"The water supply was cut at four in the morning and nobody warned us.\n\nThe council met at noon.";
        var quotes = Quotes(text);
        Assert.Equal("Anna Kowalczyk: The water supply was cut at four in the morning and nobody warned us.", quotes);
    }

    [Theory]
    [InlineData("“We will rebuild the bridge before winter,” said Mayor Anna Kowalczyk.", "We will rebuild the bridge before winter")]
    [InlineData("“The road is closed.” Colonel Ivo Maric said nothing more.", "The road is closed.")]
    [InlineData("Dr. Amina Yusuf said: “ The ward is full. ”", "The ward is full.")]
    public void Takes_the_quoted_words_without_marks_or_trailing_comma(string text, string quoted) =>
        Assert.EndsWith(": " + quoted, Quotes(text), StringComparison.Ordinal);

    [Fact]
    public void Keeps_a_quote_inside_a_quote_as_part_of_the_outer_one()
    {
        var text = "“They shouted ‘leave now or burn’ and then they threw the stones,” said Ambassador Rosa Ibarra.";
        Assert.Equal("Rosa Ibarra: They shouted ‘leave now or burn’ and then they threw the stones", Quotes(text));
    }

    [Theory]
    [InlineData("The ministry called the vote a “farce” and left the chamber.")]
    [InlineData("The so-called “security zone” now covers three villages.")]
    [InlineData("Activists staged a rally under the slogan “Hands Off Our Harbour” in the square.")]
    [InlineData("The report, titled “Silent Streets of the Northern Districts”, was published on Monday.")]
    [InlineData("The group “Friends of the River Valley” organised the march.")]
    [InlineData("The “Protection of Rights without Borders” NGO signed the letter.")]
    [InlineData("Members of the “National Front for Reform and Renewal” were detained.")]
    [InlineData("It's the town's second blackout this week, and the mayor's office won't comment.")]
    [InlineData("The soldiers' families gathered at the gate; the officers' wives stayed home.")]
    [InlineData("The 5'10\" suspect was arrested near the station.")]
    [InlineData("An article headlined “Two villages left without water after the night raid” was shared widely.")]
    [InlineData("He called the plan “a recipe for disaster” on Tuesday.")]
    [InlineData("The newspaper ran a column called 'Letters from the Front' for a year.")]
    public void Finds_no_direct_quote_in_scare_quotes_titles_and_names(string text) => Assert.Equal("", Quotes(text));

    [Fact]
    public void Attributes_a_quoted_legal_provision_to_its_instrument()
    {
        var text = "Article 22 of the Vienna Convention on Diplomatic Relations states that \"the premises of the mission shall be inviolable.\"";
        Assert.Equal("Vienna Convention on Diplomatic Relations", Speakers(text));
    }

    [Fact]
    public void Attributes_a_quoted_statement_to_the_group_that_speaks_in_it()
    {
        var text = "Kestrel Wire reports that the statement reads:\n\n\"As representatives of NGOs from Chile, we condemn the attack on the consulate and demand a full investigation.";
        Assert.Equal("Chilean NGOs", Speakers(text));
    }

    [Fact]
    public void Leaves_the_speaker_empty_when_a_full_sentence_has_no_attribution()
    {
        var text = "The banner on the bridge read “We will not forget the victims of the flood.” Nobody claimed it.";
        Assert.Equal("-", Speakers(text));
    }

    [Fact]
    public void Gives_each_of_two_quotes_its_own_speaker()
    {
        var text = "“The strike hit a depot, not a school,” Colonel Ivo Maric said. “It hit the school and killed two pupils,” Mayor Anna Kowalczyk said.";
        Assert.Equal("Ivo Maric | Anna Kowalczyk", Speakers(text));
    }

    [Theory]
    [InlineData("We will not leave our homes.", true)]
    [InlineData("Nobody warned us about the closure of the road", true)]
    [InlineData("Stop!", false)]
    [InlineData("Go home now!", true)]
    [InlineData("farce", false)]
    [InlineData("a recipe for disaster", false)]
    [InlineData("Hands Off Our Harbour", false)]
    [InlineData("Protection of Rights without Borders", false)]
    [InlineData("1961 Vienna Convention on Diplomatic Relations,", false)]
    [InlineData("Silent Streets of the Northern Districts", false)]
    [InlineData("French fighters storm the building of the embassy in Paris. Shame on them.", true)]
    [InlineData("", false)]
    public void Tells_speech_from_names_and_phrases(string quoted, bool speech) =>
        Assert.Equal(speech, QuoteStage.IsSpeech(quoted, new Span(0, quoted.Length)));
}
