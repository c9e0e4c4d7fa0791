using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Mentions;
using Attest.Model;
using Attest.Text;

namespace Attest.Tests.Mentions;

/// <summary>The time stage on sentences written for these tests: British and American forms, spans, relative
/// forms against a document date, and sentences where nothing must fire. Expected values are listed in text
/// order and joined by " | "; an empty string means no time at all.</summary>
public sealed class TimeStageTests
{
    private static readonly TimeStage Stage = new(LexiconSet.Bundled);

    /// <summary>Tuesday 12 March 2024.</summary>
    private const string Tuesday = "2024-03-12";

    private static string Values(string text, string? documentDate = Tuesday, ImmutableArray<Span> excluded = default) =>
        string.Join(" | ", Find(text, documentDate, excluded).Select(m => m.Value));

    private static ImmutableArray<TimeMention> Find(string text, string? documentDate, ImmutableArray<Span> excluded = default) =>
        Stage.Find(TextLayerBuilder.Default.Build(text), documentDate, excluded.IsDefault ? [] : excluded);

    [Theory]
    [InlineData("The talks opened on 18 September 2022 in Geneva.", "2022-09-18")]
    [InlineData("The talks opened on September 18, 2022, in Geneva.", "2022-09-18")]
    [InlineData("The talks opened on Sept. 18, 2022.", "2022-09-18")]
    [InlineData("The talks opened on Sep 18th 2022.", "2022-09-18")]
    [InlineData("The talks opened on the 18th of September 2022.", "2022-09-18")]
    [InlineData("The talks opened on 18th September, 2022.", "2022-09-18")]
    [InlineData("The talks opened on 2022-09-18 at the ministry.", "2022-09-18")]
    [InlineData("The talks opened on 2022/9/18 at the ministry.", "2022-09-18")]
    [InlineData("The registry lists 18.09.2022 as the date of the decree.", "2022-09-18")]
    [InlineData("The decree is dated 18/09/2022.", "2022-09-18")]
    [InlineData("The decree is dated 09/18/2022.", "2022-09-18")]
    [InlineData("The decree is dated 18-Sep-2022.", "2022-09-18")]
    [InlineData("The decree is dated Sunday, September 18, 2022.", "2022-09-18")]
    [InlineData("The decree is dated Sun, 18 Sep 2022.", "2022-09-18")]
    [InlineData("The ceasefire took effect on January 1, 2021 at noon.", "2021-01-01")]
    [InlineData("The ceasefire took effect on 1st January 2021.", "2021-01-01")]
    [InlineData("The ceasefire took effect on the first of January 2021.", "2021-01-01")]
    [InlineData("Elections were held on Feb. 29, 2024.", "2024-02-29")]
    [InlineData("The shelling of 7 March killed two people.", "2024-03-07")]
    [InlineData("The shelling of March 7 killed two people.", "2024-03-07")]
    [InlineData("ANTREVO, March 11 (Agency) - The ministry said the border was calm.", "2024-03-11")]
    [InlineData("The report of 3 May 2023 and the reply of 12 June 2023 differ.", "2023-05-03 | 2023-06-12")]
    public void Reads_full_dates_in_british_and_american_order(string text, string expected) =>
        Assert.Equal(expected, Values(text));

    [Theory]
    [InlineData("Fighting raged on the night of September 12 leading to 13.", "2023-09-12/2023-09-13")]
    [InlineData("Fighting raged between 12 and 14 September 2022.", "2022-09-12/2022-09-14")]
    [InlineData("Fighting raged from 12 to 14 September 2022.", "2022-09-12/2022-09-14")]
    [InlineData("Fighting raged on 12–14 September 2022.", "2022-09-12/2022-09-14")]
    [InlineData("Fighting raged on September 12–13, 2022.", "2022-09-12/2022-09-13")]
    [InlineData("Fighting raged on the night of 7 to 8 March 2024.", "2024-03-07/2024-03-08")]
    [InlineData("Monitors visited the town on 8 and 9 March.", "2024-03-08/2024-03-09")]
    [InlineData("Attacks were reported on 2 and 9 March.", "2024-03-02 | 2024-03-09")]
    [InlineData("The mission worked from 28 February to 3 March 2024.", "2024-02-28/2024-03-03")]
    [InlineData("The mission worked from December 28, 2023 to January 3, 2024.", "2023-12-28/2024-01-03")]
    [InlineData("The war lasted from 1992 to 1994.", "1992/1994")]
    [InlineData("The war of 1992–1994 left thousands displaced.", "1992/1994")]
    [InlineData("The 2019-20 winter was the coldest.", "2019/2020")]
    [InlineData("The exercise ran from March to May 2023.", "2023-03/2023-05")]
    [InlineData("The exercise ran between January and March.", "2024-01/2024-03")]
    [InlineData("The exercise ran in April-June 2023.", "2023-04/2023-06")]
    [InlineData("Aid trucks entered between Sunday and Tuesday.", "2024-03-10/2024-03-12")]
    [InlineData("Aid trucks entered on Sunday and Tuesday.", "2024-03-10 | 2024-03-12")]
    public void Reads_spans(string text, string expected) =>
        Assert.Equal(expected, Values(text));

    [Theory]
    [InlineData("Fighting resumed in September 2022.", "2022-09")]
    [InlineData("Fighting resumed in Sept 2022.", "2022-09")]
    [InlineData("Fighting resumed in June of 2022.", "2022-06")]
    [InlineData("The accord was signed in 2020.", "2020")]
    [InlineData("The 2020 war changed the map.", "2020")]
    [InlineData("Since 1998 the valley has been occupied.", "1998")]
    [InlineData("People here remember 1998.", "1998")]
    [InlineData("The Annual Report for 1998 is cited.", "1998")]
    [InlineData("Bombings shook the capital in the 1990s.", "199X")]
    [InlineData("The village was rebuilt in the early 2000s.", "200X")]
    [InlineData("The songs of the '80s were banned.", "198X")]
    [InlineData("The border was drawn in the 20th century.", "19XX")]
    [InlineData("Talks stalled in mid-2021.", "2021")]
    [InlineData("Talks stalled in mid-September.", "2023-09")]
    [InlineData("Talks stalled in mid-April 2023.", "2023-04")]
    [InlineData("Talks stalled in 9/2021.", "2021-09")]
    public void Reads_months_years_decades_and_centuries(string text, string expected) =>
        Assert.Equal(expected, Values(text));

    [Theory]
    [InlineData("The embassy was attacked yesterday.", "2024-03-11")]
    [InlineData("The minister spoke today.", "2024-03-12")]
    [InlineData("The minister will speak tomorrow.", "2024-03-13")]
    [InlineData("The minister spoke yesterday evening.", "2024-03-11")]
    [InlineData("The minister spoke this morning.", "2024-03-12")]
    [InlineData("Shots were fired last night.", "2024-03-11")]
    [InlineData("Shots were fired overnight.", "2024-03-11/2024-03-12")]
    [InlineData("The crowd gathered on Saturday evening.", "2024-03-09")]
    [InlineData("The ministry said on Tuesday that it had protested.", "2024-03-12")]
    [InlineData("The ministry said on Wednesday that it had protested.", "2024-03-06")]
    [InlineData("The ministry said Monday that it had protested.", "2024-03-11")]
    [InlineData("The council will meet on Friday.", "2024-03-15")]
    [InlineData("\"We will not stop,\" he said on Friday.", "2024-03-08")]
    [InlineData("The council, which will meet again, ended its session on Friday.", "2024-03-08")]
    [InlineData("The council met last Tuesday.", "2024-03-05")]
    [InlineData("The council meets next Thursday.", "2024-03-21")]
    [InlineData("The council meets this Friday.", "2024-03-15")]
    [InlineData("The council met on Friday of last week.", "2024-03-08")]
    [InlineData("The council met last week.", "2024-03-04/2024-03-10")]
    [InlineData("The council meets next week.", "2024-03-18/2024-03-24")]
    [InlineData("The council met last weekend.", "2024-03-09/2024-03-10")]
    [InlineData("The journalist was detained earlier this month.", "2024-03")]
    [InlineData("The council met last month.", "2024-02")]
    [InlineData("The council meets next month.", "2024-04")]
    [InlineData("Prices rose this year.", "2024")]
    [InlineData("Prices rose last year.", "2023")]
    [InlineData("The attack came three days ago.", "2024-03-09")]
    [InlineData("The attack came a week ago.", "2024-03-05")]
    [InlineData("The attack came two months ago.", "2024-01")]
    [InlineData("The attack came two years ago.", "2022")]
    [InlineData("The truce ends five days from now.", "2024-03-17")]
    [InlineData("In January the talks broke down.", "2024-01")]
    [InlineData("The talks broke down last January.", "2024-01")]
    [InlineData("The talks broke down in November.", "2023-11")]
    [InlineData("The talks will resume in November.", "2024-11")]
    [InlineData("The talks broke down on 28 December.", "2023-12-28")]
    [InlineData("The shops were closed from Friday to Monday.", "2024-03-08/2024-03-11")]
    public void Resolves_relative_forms_against_the_document_date(string text, string expected) =>
        Assert.Equal(expected, Values(text));

    [Theory]
    [InlineData("On 2 March the embassy was attacked; the next morning the footage was aired.", "2024-03-02 | 2024-03-03")]
    [InlineData("On the night of 7 to 8 March 2024 posts were shelled. The following day a mob gathered.", "2024-03-07/2024-03-08 | 2024-03-09")]
    [InlineData("The 1998 war ended with a ceasefire signed that year.", "1998 | 1998")]
    public void Resolves_the_next_day_and_that_year_against_the_previous_time(string text, string expected) =>
        Assert.Equal(expected, Values(text));

    [Theory]
    [InlineData("The president spoke in Astana on October 14.", "XXXX-10-14")]
    [InlineData("The president spoke in Astana on 14 October.", "XXXX-10-14")]
    [InlineData("The council met on Friday.", "XXXX-WXX-5")]
    [InlineData("The council met in March.", "XXXX-03")]
    [InlineData("The council met yesterday and last week.", "")]
    [InlineData("The statement of 9 November 2020 was broken; the November 9 statement is dead.", "2020-11-09 | 2020-11-09")]
    [InlineData("Talks on 5 May 2021 and 5 May 2022 failed; the May 5 meeting is remembered.", "2021-05-05 | 2022-05-05 | XXXX-05-05")]
    public void Keeps_the_year_unknown_without_a_document_date(string text, string expected) =>
        Assert.Equal(expected, Values(text, documentDate: null));

    [Theory]
    [InlineData("The talks broke down on 28 December.", "2024", "2024-12-28")]
    [InlineData("The talks broke down in December.", "2024-05", "2023-12")]
    [InlineData("The talks broke down yesterday.", "2024-05", "")]
    public void Uses_as_much_of_the_document_date_as_is_known(string text, string documentDate, string expected) =>
        Assert.Equal(expected, Values(text, documentDate));

    [Theory]
    [InlineData("Police detained 2012 people after the march.")]
    [InlineData("Around 1500 protesters gathered outside.")]
    [InlineData("As a result, 79 armed forces personnel were killed.")]
    [InlineData("The army reported 135 losses among its personnel.")]
    [InlineData("Support rose to 12.5% and then 2020% in the index.")]
    [InlineData("The fund holds $2020 and 2,000 euros.")]
    [InlineData("Call 650-650-6500 or write to room 2020.")]
    [InlineData("The score was 1-2 and then 2-3.")]
    [InlineData("Version 1.10.30 of the app was released.")]
    [InlineData("She lives at 1600 Pennsylvania Avenue.")]
    [InlineData("He works for Vision 2030 and the ABC 2000 club.")]
    [InlineData("See Brief No. 3/2024, p. 41.")]
    [InlineData("The law, Decree 2022, was repealed.")]
    [InlineData("© 2024 Estravia Today. All rights reserved.")]
    [InlineData("It may rain, and they march on.")]
    [InlineData("May the talks succeed.")]
    [InlineData("A few days since the incidents, nothing has changed.")]
    [InlineData("Azerbaijan has for months been violating the border.")]
    [InlineData("In recent days the provocations rose to a new height.")]
    [InlineData("The months-long aggression continued in the coming days.")]
    [InlineData("Over the past week the shelling continued.")]
    [InlineData("The second half of the statement was longer.")]
    [InlineData("June Smith and April Ryan reported from the border.")]
    [InlineData("Black Friday sales fell; Bloody Sunday is remembered.")]
    [InlineData("Estravia Today reported the detention.")]
    [InlineData("The F-16 jets and the Mir-2 station were shown.")]
    [InlineData("The ratio was 8/10 and the score 2/15.")]
    [InlineData("2012")]
    [InlineData("The documents were numbered 32 August and 45 March.")]
    [InlineData("February 29, 2023 is not a date, nor is June 31, 2022.")]
    [InlineData("The dispute concerns 03/04/2024 only.")]
    public void Finds_nothing_in_amounts_codes_names_and_vague_stretches(string text) =>
        Assert.Equal(string.Empty, Values(text));

    [Theory]
    [InlineData("States must respect the 1961 Vienna Convention on Diplomatic Relations.")]
    [InlineData("Under Article 22 of the 1961 Vienna Convention the host state must act.")]
    [InlineData("The Vienna Convention on Diplomatic Relations of 1961 applies.")]
    [InlineData("The Geneva Conventions of 1949 protect civilians.")]
    [InlineData("The 1946 Convention on the Privileges and Immunities of the United Nations applies.")]
    [InlineData("Security Council Resolution 2334 (2016) was cited.")]
    [InlineData("The 1998 Antrevo Agreement ended the war.")]
    [InlineData("The council recalled resolution 2202 (2015).")]
    [InlineData("Both sides cited the Minsk agreements of 2014 and 2015.")]
    public void Skips_years_of_legal_citations_by_rule(string text) =>
        Assert.Equal(string.Empty, Values(text));

    [Fact]
    public void Skips_a_time_inside_an_excluded_span()
    {
        const string text = "The Antrevo talks (1998) ended in 1998.";
        var citation = new Span(text.IndexOf("Antrevo", StringComparison.Ordinal), "Antrevo talks (1998)".Length);

        Assert.Equal("1998 | 1998", Values(text));
        Assert.Equal("1998", Values(text, excluded: [citation]));
    }

    [Theory]
    [InlineData("The decree of 03/04/2024 follows the order of 25/03/2024.", "2024-04-03 | 2024-03-25")]
    [InlineData("The decree of 03/04/2024 follows the order of 03/25/2024.", "2024-03-04 | 2024-03-25")]
    [InlineData("On 18 September the decree of 03/04/2024 was cited.", "XXXX-09-18 | 2024-04-03")]
    [InlineData("On September 18 the decree of 03/04/2024 was cited.", "XXXX-09-18 | 2024-03-04")]
    [InlineData("The decree of 03.04.2024 was cited.", "2024-04-03")]
    [InlineData("The decree of 04/04/2024 was cited.", "2024-04-04")]
    public void Reads_ambiguous_all_digit_dates_by_the_documents_own_convention(string text, string expected) =>
        Assert.Equal(expected, Values(text, documentDate: null));

    [Theory]
    [InlineData("Published: 10 March 2024, 12:05\n\nPolice detained 31 people on Saturday.", "2024-03-09")]
    [InlineData(" date 2024-03-04 By Example Ledger\n\nPolice detained six people on Saturday.", "2024-03-02")]
    [InlineData("Example News | March 8, 2024 | 11:20 AM\n\nTwo civilians were killed on Friday.", "2024-03-08")]
    [InlineData("Statement on the shelling\n\n9 March 2024\n\nYesterday the village came under fire.", "2024-03-09 | 2024-03-08")]
    [InlineData("We condemn the attack.\n\nSeptember 20, 2022, Baku", "2022-09-20")]
    public void Leaves_out_header_dates_but_keeps_a_statements_own_date_line(string text, string expected)
    {
        var layer = TextLayerBuilder.Default.Build(text);
        var date = new DocumentDateFinder(LexiconSet.Bundled).Find(layer);

        Assert.Equal(expected, string.Join(" | ", Stage.Find(layer, date?.Value, []).Select(m => m.Value)));
    }

    [Fact]
    public void Gives_each_mention_its_span_and_rule()
    {
        const string text = "On 12 March 2024 and again yesterday, shells fell.";

        var mentions = Find(text, "2024-03-15");

        Assert.Collection(
            mentions,
            m =>
            {
                Assert.Equal("12 March 2024", m.Evidence.Primary.In(text).ToString());
                Assert.Equal("time.day-month", m.Evidence.RuleId);
            },
            m =>
            {
                Assert.Equal("yesterday", m.Evidence.Primary.In(text).ToString());
                Assert.Equal("time.relative-day", m.Evidence.RuleId);
            });
    }

    [Fact]
    public void Returns_the_same_mentions_for_the_same_input()
    {
        const string text = "On Friday, 8 March 2024, and last week, the 1990s were recalled.";

        Assert.Equal(Describe(Find(text, Tuesday)), Describe(Find(text, Tuesday)));
        Assert.Equal(3, Find(text, Tuesday).Length);
    }

    [Fact]
    public void Never_throws_on_runs_of_date_pieces()
    {
        string[] pieces =
        [
            "Friday", "Fri", "32", "31", "29", "12", "2024", "1998", "96", "'", "'90s", "1990s", "-", "–", "/", ".", ",", "(",
            ")", "to", "and", "between", "from", "the", "of", "March", "May", "Sept.", "mid-April", "April-June", "10-August-2012",
            "15Sep", "10.03.2024", "2024:14:15", "11:05", "AM", "last", "next", "this", "week", "yesterday", "overnight",
            "three", "days", "ago", "the next day", "that year", "Convention", "No.", "$", "%", "people", "\n", "\n\n", "18th",
            "twentieth", "century", "Published:", "|", "By", "February", "29", "30", "will",
        ];
        var random = new Random(7);
        for (var round = 0; round < 2000; round++)
        {
            var words = Enumerable.Range(0, random.Next(1, 16)).Select(_ => pieces[random.Next(pieces.Length)]);
            var separator = random.Next(3) == 0 ? string.Empty : " ";
            var text = string.Join(separator, words);
            foreach (var date in new[] { null, Tuesday, "2024", "2024-02" })
            {
                var layer = TextLayerBuilder.Default.Build(text);
                var found = new DocumentDateFinder(LexiconSet.Bundled).Find(layer);
                var mentions = Stage.Find(layer, date ?? found?.Value, []);
                Assert.All(mentions, m => Assert.True(m.Evidence.Primary.End <= layer.Text.Length, text));
            }
        }
    }

    private static string[] Describe(ImmutableArray<TimeMention> mentions) =>
        [.. mentions.Select(m => $"{m.Value} {m.Evidence.Primary} {m.Evidence.RuleId}")];

    [Fact]
    public void Reads_time_words_a_user_lexicon_adds()
    {
        var lexicons = LexiconSet.Bundled.With(LexiconFile.Parse(new StringReader("time-month\tSeptember\tSeptembre\tnumber=9\n"), "user.tsv").Value!);
        var stage = new TimeStage(lexicons);

        var mentions = stage.Find(TextLayerBuilder.Default.Build("The talks opened on 18 Septembre 2022."), null, []);

        Assert.Equal("2022-09-18", Assert.Single(mentions).Value);
    }
}
