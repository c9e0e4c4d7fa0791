using Attest.Model;

namespace Attest.Tests.Incidents;

/// <summary>What reports the incident stage makes of sentences written for these tests: event type, countries and
/// date ("riots FR 2024-05-03"), one report per distinct incident. The publication date is 20 May 2024, so an
/// undated incident takes the month 2024-05.</summary>
public sealed class IncidentReportTests
{
    [Theory]
    // Riots: storming, raids, vandalism and break-ins at missions.
    [InlineData("On 3 May 2024, a crowd of nationalists stormed the French embassy in Tbilisi.", "riots GE 2024-05-03")]
    [InlineData("Protesters attacked the Turkish consulate in Athens on 12 April 2024.", "riots GR 2024-04-12")]
    [InlineData("Extremists stormed the Azerbaijani embassy in Paris on 18 September 2022.", "riots FR 2022-09-18")]
    [InlineData("The embassy of Iran in Baku was attacked on 27 January 2024.", "riots AZ 2024-01-27")]
    [InlineData("Vandals broke into the consulate in Lyon on 2 May 2024.", "riots FR 2024-05-02")]
    [InlineData("A mob ransacked the embassy in Khartoum on 6 April 2024.", "riots SD 2024-04-06")]
    [InlineData("Rioters set fire to a car outside the embassy in Tripoli on 9 March 2024.", "riots LY 2024-03-09")]
    [InlineData("A crowd forced its way into the embassy in Caracas on 4 April 2024.", "riots VE 2024-04-04")]
    // Violence against civilians: armed attacks and shootings.
    [InlineData("Unknown gunmen opened fire on the Iraqi embassy in Amman on 2 February 2024.", "violence JO 2024-02-02")]
    [InlineData("Gunmen shot at an embassy car in Beirut on 5 May 2024.", "violence LB 2024-05-05")]
    [InlineData("An armed attack on the embassy in Tehran on 27 January 2023 killed a guard.", "violence IR 2023-01-27")]
    [InlineData("Two civilians were killed in Kharkiv on 6 March 2024.", "violence UA 2024-03-06")]
    [InlineData("A man attacked the embassy in Kabul with a knife on 8 May 2024.", "violence AF 2024-05-08")]
    // Explosions and remote violence: shelling, strikes, bombs.
    [InlineData("Artillery shelled the town of Kharkiv on 5 March 2024, killing three civilians.", "explosions UA 2024-03-05")]
    [InlineData("A car bomb exploded in Mogadishu on 10 January 2024.", "explosions SO 2024-01-10")]
    [InlineData("A drone strike hit a market in Idlib on 2 May 2024.", "explosions SY 2024-05-02")]
    [InlineData("Rockets were fired at the town of Aleppo on 1 May 2024.", "explosions SY 2024-05-01")]
    [InlineData("Heavy shelling hit Donetsk on 11 May 2024.", "explosions UA 2024-05-11")]
    // Battles: fighting between armed sides, attacks on positions and soldiers.
    [InlineData("Troops clashed with rebels near Goma on 4 March 2024.", "battles CD 2024-03-04")]
    [InlineData("Rebels attacked army positions near Goma on 3 March 2024.", "battles CD 2024-03-03")]
    [InlineData("Two soldiers were killed near Juba on 7 May 2024.", "battles SS 2024-05-07")]
    [InlineData("Border clashes between Armenian and Azerbaijani forces broke out on 13 September 2022.", "battles AM,AZ 2022-09-13")]
    [InlineData("Heavy fighting was reported near Bamako on 2 May 2024.", "battles ML 2024-05-02")]
    [InlineData("Militants opened fire on soldiers at a checkpoint near Mosul on 3 May 2024.", "battles IQ 2024-05-03")]
    // Protests, and protests that turn violent.
    [InlineData("Thousands of people held a peaceful rally in Warsaw on 1 May 2024.", "protests PL 2024-05-01")]
    [InlineData("Students staged a demonstration in Dhaka on 6 May 2024.", "protests BD 2024-05-06")]
    [InlineData("A protest outside the parliament in Tbilisi turned violent on 14 May 2024.", "riots GE 2024-05-14")]
    [InlineData("A vigil in Yerevan on 9 May 2024 ended when protesters threw stones at police.", "riots AM 2024-05-09")]
    // Strategic developments: detentions of named people and journalists, agreements, incursions.
    [InlineData("Police arrested the journalist in Minsk on 9 April 2024.", "developments BY 2024-04-09")]
    [InlineData("Armenia and Azerbaijan signed a ceasefire on 10 November 2020.", "developments AM,AZ 2020-11-10")]
    [InlineData("Troops crossed into Georgian territory on 12 May 2021.", "developments GE 2021-05-12")]
    [InlineData("Security officers detained the reporter in Baku on 3 May 2024.", "developments AZ 2024-05-03")]
    [InlineData("Protesters clashed with police in Tbilisi on 2 May 2024.", "riots GE 2024-05-02")]
    [InlineData("Drones struck a power station in Kharkiv on 4 May 2024.", "explosions UA 2024-05-04")]
    [InlineData("Guards protected the consulate in Athens, which was attacked by a mob on 5 May 2024.", "riots GR 2024-05-05")]
    public void Reports_one_incident_with_type_country_and_date(string text, string expected) =>
        Assert.Equal(expected, IncidentPipeline.Summary(IncidentPipeline.Find(text)));

    [Theory]
    // "in countries such as A and B": one report per country.
    [InlineData("Radicals attacked the embassies of Azerbaijan in countries such as France and Lebanon.", "riots FR 2024-05 | riots LB 2024-05")]
    [InlineData("Extremists vandalised missions in Germany, Austria and Italy.", "riots DE 2024-05 | riots AT 2024-05 | riots IT 2024-05")]
    // "raided twice": two reports.
    [InlineData("The embassy in Paris was raided twice.", "riots FR 2024-05 | riots FR 2024-05")]
    [InlineData("The consulate in Lyon was attacked three times.", "riots FR 2024-05 | riots FR 2024-05 | riots FR 2024-05")]
    [InlineData("Rebels raided the town of Goma on two occasions.", "riots CD 2024-05 | riots CD 2024-05")]
    // Several mentions of one incident: one report.
    [InlineData("Extremists stormed the embassy in Paris on 18 September 2022. The attack was condemned by the ministry.", "riots FR 2022-09-18")]
    [InlineData("On 2 May 2024 a crowd stormed the embassy in Vienna. Two guards were injured in the attack.", "riots AT 2024-05-02")]
    [InlineData("Artillery shelled Kharkiv on 5 March 2024. The shelling of Kharkiv killed three civilians.", "explosions UA 2024-03-05")]
    [InlineData("A rally outside the embassy in Vienna on 2 May 2024 turned into an attack on the building.", "riots AT 2024-05-02")]
    // Different places or dates: different reports.
    [InlineData("Protesters stormed the embassy in Paris on 1 May 2024. On 3 May 2024, gunmen attacked the consulate in Beirut.", "riots FR 2024-05-01 | violence LB 2024-05-03")]
    [InlineData("Protesters stormed the embassy in Paris on 1 May 2024. Protesters stormed the embassy in Paris again on 9 May 2024.", "riots FR 2024-05-01 | riots FR 2024-05-09")]
    [InlineData("Artillery shelled Kharkiv on 5 March 2024. Rebels attacked army positions near Goma on 3 March 2024.", "explosions UA 2024-03-05 | battles CD 2024-03-03")]
    [InlineData("A bomb exploded in Mosul. In a separate incident, two civilians were killed in Basra last year.", "explosions IQ 2024-05 | violence IQ 2023")]
    // Aggregates dated by a decade, placed by the victims' nation.
    [InlineData("In the 1990s, bombs exploded on buses and more than a hundred Georgians died.", "explosions GE 199X")]
    public void Splits_and_merges_mentions_into_distinct_incidents(string text, string expected) =>
        Assert.Equal(expected, IncidentPipeline.Summary(IncidentPipeline.Find(text)));

    [Fact]
    public void A_later_mention_with_an_ordinal_joins_the_incident_it_counts()
    {
        var result = IncidentPipeline.Find(
            "The embassy in Paris was raided twice. After the first raid, guards were posted. The second raid came on 20 October 2022.",
            published: null);
        Assert.Equal("riots FR - | riots FR 2022-10-20", IncidentPipeline.Summary(result));
    }

    [Fact]
    public void An_incident_without_a_date_takes_no_date_when_the_document_has_none() =>
        Assert.Equal("riots FR -", IncidentPipeline.Summary(IncidentPipeline.Find("Extremists stormed the embassy in Paris.", published: null)));

    [Fact]
    public void A_past_agreement_without_a_date_keeps_none() =>
        Assert.Equal("developments AM,AZ -", IncidentPipeline.Summary(IncidentPipeline.Find("Armenia and Azerbaijan violated the ceasefire.")));

    [Theory]
    // Words that look like events but are not.
    [InlineData("He died of a heart attack in Paris on 3 May 2024.")]
    [InlineData("The editorial was an attack on press freedom in Hungary.")]
    [InlineData("The court convicted him of war crimes committed in Bosnia.")]
    [InlineData("Prisoners of war were exchanged in Istanbul on 4 May 2024.")]
    [InlineData("The minister held talks in Geneva on 3 May 2024.")]
    [InlineData("Officials expressed their strong protest to the ambassador in Baku.")]
    [InlineData("The fire brigade arrived in Lyon within minutes.")]
    [InlineData("The campaign was an attack on the opposition.")]
    [InlineData("The government is fighting corruption in Kenya.")]
    [InlineData("The film about the 1998 war premiered in Berlin.")]
    [InlineData("The army held a parade in Moscow on 9 May 2024.")]
    [InlineData("The delegation handed over a note of protest in Vienna.")]
    [InlineData("The attacks were condemned by everyone.")]
    [InlineData("Veterans of the Patriotic War met in Baku on 8 May 2024.")]
    [InlineData("The ceasefire agreement entered into force.")]
    public void Reports_nothing_where_no_incident_happened(string text) =>
        Assert.Empty(IncidentPipeline.Find(text).Reports);

    [Fact]
    public void Police_detaining_a_number_of_protesters_is_a_response_not_an_incident_of_its_own() =>
        Assert.Empty(IncidentPipeline.Find("Police arrested six protesters in Paris on 2 May 2024.").Reports);

    [Fact]
    public void Nothing_is_found_in_an_empty_text() =>
        Assert.Equal(Attest.Incidents.IncidentResult.Empty, IncidentPipeline.Find(string.Empty));

    [Fact]
    public void The_bundled_event_lexicon_has_no_defects() =>
        Assert.Empty(IncidentPipeline.Stage.Diagnostics);

    [Fact]
    public void Casualty_figures_in_the_incident_sentences_are_its_killed_and_injured()
    {
        var report = Assert.Single(IncidentPipeline.Find("Artillery shelled Kharkiv on 5 March 2024, killing three civilians and injuring 12 people.").Reports);
        Assert.Equal(3, report.Killed);
        Assert.Equal(12, report.Injured);
    }

    [Fact]
    public void Evidence_holds_every_merged_event_word_and_names_the_first_trigger()
    {
        var report = Assert.Single(IncidentPipeline.Find("Extremists stormed the embassy in Paris on 18 September 2022. The attack on the embassy was condemned.").Reports);
        Assert.Equal(2, report.Evidence.Spans.Length);
        Assert.Equal("incident.storm", report.Evidence.RuleId);
    }

    [Theory]
    [InlineData("Extremists stormed the embassy in Paris on 18 September 2022.", "Paris")]
    [InlineData("The embassy of Iran in Baku was attacked on 27 January 2024.", "Baku")]
    [InlineData("Artillery shelled the village of Kharkiv on 5 March 2024.", "Kharkiv")]
    public void The_place_is_the_most_precise_one_named(string text, string place) =>
        Assert.Equal(place, Assert.Single(IncidentPipeline.Find(text).Reports).Place);

    [Theory]
    [InlineData("Extremists stormed the embassy in Paris on 18 September 2022.", TargetCategory.DiplomaticPremises)]
    [InlineData("Protesters attacked the consulate in Athens on 12 April 2024.", TargetCategory.DiplomaticPremises)]
    [InlineData("Gunmen shot at an embassy car in Beirut on 5 May 2024.", TargetCategory.DiplomaticPremises)]
    [InlineData("Two diplomats were assaulted in Minsk on 3 May 2024.", TargetCategory.DiplomaticPersonnel)]
    [InlineData("Rebels attacked army positions near Goma on 3 March 2024.", TargetCategory.Military)]
    [InlineData("Two soldiers were killed near Juba on 7 May 2024.", TargetCategory.Military)]
    [InlineData("Artillery shelled the village of Kharkiv on 5 March 2024.", TargetCategory.Civilians)]
    [InlineData("Two civilians were killed in Kharkiv on 6 March 2024.", TargetCategory.Civilians)]
    [InlineData("A drone strike hit a power station in Kharkiv on 2 May 2024.", TargetCategory.Infrastructure)]
    [InlineData("Militants attacked a police station in Mosul on 3 May 2024.", TargetCategory.Government)]
    [InlineData("Rioters burned cars in Lyon on 2 May 2024.", TargetCategory.Property)]
    [InlineData("Police arrested the journalist in Minsk on 9 April 2024.", TargetCategory.Civilians)]
    public void The_target_category_comes_from_the_words_beside_the_event(string text, TargetCategory target) =>
        Assert.Equal(target, Assert.Single(IncidentPipeline.Find(text).Reports).Target);

    [Theory]
    [InlineData("On 3 May 2024, a crowd of nationalists stormed the French embassy in Tbilisi.", "a crowd of nationalists")]
    [InlineData("The consulate in Athens was attacked by radicals of the diaspora on 2 May 2024.", "radicals of the diaspora")]
    [InlineData("Extremists stormed the Azerbaijani embassy in Paris.", "Extremists")]
    [InlineData("Rebels attacked army positions near Goma on 3 March 2024.", "Rebels")]
    [InlineData("The journalist was detained by officers of the security service in Minsk.", "officers of the security service")]
    [InlineData("Gunmen shot at an embassy car in Beirut on 5 May 2024.", "Gunmen")]
    [InlineData("Troops crossed into Georgian territory on 12 May 2021.", "Troops")]
    [InlineData("An aggressive group of radicals in France stormed the embassy in Paris.", "An aggressive group of radicals")]
    [InlineData("The embassy in Paris was attacked.", null)]
    public void The_perpetrator_is_the_phrase_the_text_gives(string text, string? perpetrator) =>
        Assert.Equal(perpetrator, Assert.Single(IncidentPipeline.Find(text).Reports).Perpetrator);

    [Theory]
    [InlineData("Protesters attacked the embassy in Vienna on 2 May 2024 in protest against the new law.", "the new law")]
    [InlineData("Militants shelled Donetsk on 3 May 2024 in retaliation for the arrests.", "the arrests")]
    [InlineData("Extremists stormed the embassy in Paris on 18 September 2022.", null)]
    public void The_motive_is_what_follows_a_motive_phrase(string text, string? motive) =>
        Assert.Equal(motive, Assert.Single(IncidentPipeline.Find(text).Reports).Motive);
}
