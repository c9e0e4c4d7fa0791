using Attest.Lexicons;
using Attest.Mentions;
using Attest.Model;
using Attest.Text;

namespace Attest.Tests.Mentions;

/// <summary>The figure stage on sentences written for these tests. Each figure prints as "count kind", or
/// ">=min kind" for a lower bound.</summary>
public sealed class FigureStageTests
{
    internal static readonly TextLayerBuilder Layers = new(AbbreviationLexicon.FromEntries(LexiconSet.Bundled.All));
    internal static readonly FigureStage Stage = new(LexiconSet.Bundled);

    internal static IReadOnlyList<FigureMention> Figures(string text, FigureStage? stage = null) =>
        (stage ?? Stage).Find(Layers.Build(text));

    internal static string[] Find(string text, FigureStage? stage = null) => [.. Figures(text, stage).Select(Format)];

    internal static string Format(FigureMention f) =>
        (f.CountMin is { } min ? ">=" + min : f.Count.ToString()) + " " + f.Kind.ToString().ToLowerInvariant();

    [Theory]
    [InlineData("Eleven soldiers were killed in the ambush.", "11 killed")]
    [InlineData("Twenty-seven civilians were wounded when the market was shelled.", "27 injured")]
    [InlineData("Three guards had been seriously hurt by flying glass.", "3 injured")]
    [InlineData("Nine residents died in the fire that followed.", "9 killed")]
    [InlineData("The shelling left 3 dead and 12 injured.", "3 killed|12 injured")]
    [InlineData("Five of the wounded are in critical condition.", "5 injured")]
    [InlineData("Eighteen people lost their lives in the collapse.", "18 killed")]
    [InlineData("Three were shot dead at the checkpoint.", "3 killed")]
    [InlineData("Two embassy guards were beaten and injured by the crowd.", "2 injured")]
    [InlineData("Eight soldiers, the ministry said, were killed overnight.", "8 killed")]
    [InlineData("Two hundred people, many of them students, gathered outside the consulate.", "200 other")]
    [InlineData("Some 400 people took part in the march.", "400 other")]
    [InlineData("Around 5,000 demonstrators marched through the old town.", "5000 other")]
    [InlineData("Nearly 60 villagers were evacuated to the district centre.", "60 other")]
    [InlineData("Two thousand five hundred residents fled the town.", "2500 other")]
    [InlineData("Four houses, a shop and the clinic were damaged.", "4 other")]
    [InlineData("Three hostages were killed during the rescue attempt.", "3 killed")]
    [InlineData("Eleven were arrested and 3 remain in custody.", "11 detained|3 detained")]
    [InlineData("Nine members of one family were killed when the roof fell in.", "9 killed")]
    [InlineData("Of the 1,200 killed, 800 were civilians.", "1200 killed")]
    [InlineData("On 5 May 3 soldiers were wounded.", "3 injured")]
    [InlineData("Since the war began in February 2022, more than 7,000 civilians have been killed.", ">=7000 killed")]
    [InlineData("Twelve people were believed killed.", "12 killed")]
    [InlineData("A dozen protesters were detained outside parliament.", "12 detained")]
    public void Counts_the_subject_of_a_cue_verb_or_adjective(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Find(text));

    [Theory]
    [InlineData("The blast killed 23 people and injured 40 others.", "23 killed|40 injured")]
    [InlineData("Police arrested 17 demonstrators on Monday.", "17 detained")]
    [InlineData("The rocket hit a school, killing four children and wounding nine.", "4 killed|9 injured")]
    [InlineData("Artillery fire destroyed the bridge, killing two and injuring five.", "2 killed|5 injured")]
    [InlineData("The strikes damaged 31 buildings in the port.", "31 other")]
    [InlineData("Security forces detained at least 70 people overnight.", ">=70 detained")]
    [InlineData("The militia abducted an estimated 40 farmers.", "40 detained")]
    [InlineData("Flight 752 was shot down, killing all 176 people on board.", "176 killed")]
    [InlineData("Gunfire killed 5, 10 minutes after the truce began.", "5 killed")]
    public void Counts_the_object_of_a_cue_verb(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Find(text));

    [Theory]
    [InlineData("Rebels launched 14 attacks on the garrison last month.", "14 attacks")]
    [InlineData("The monitors recorded 212 ceasefire violations in one week.", "212 attacks")]
    [InlineData("No fewer than 20 raids were carried out in the province.", ">=20 attacks")]
    [InlineData("The report lists 32 acts of terrorism committed in that decade.", "32 attacks")]
    [InlineData("The army admitted 48 losses among its reservists.", "48 losses")]
    [InlineData("The hospital received 12 casualties before midnight.", "12 other")]
    [InlineData("Seven of the hostages were released at the border.", "7 detained")]
    [InlineData("Officials confirmed five more deaths on Tuesday.", "5 killed")]
    [InlineData("Two drone strikes hit the depot.", "2 attacks")]
    public void Counts_a_cue_noun(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Find(text));

    [Theory]
    [InlineData("They mourned the deaths of seven miners.", "7 killed")]
    [InlineData("Officials reported the death of a volunteer medic.", "1 killed")]
    [InlineData("The union condemned the arrest of three journalists.", "3 detained")]
    [InlineData("Witnesses described the killing of 12 villagers.", "12 killed")]
    [InlineData("Inspectors found damage to at least 40 homes.", ">=40 other")]
    [InlineData("A crowd of about 300 blocked the road.", "300 other")]
    [InlineData("Hundreds attended the funerals of the four victims.", "4 killed")]
    [InlineData("The landslide claimed the lives of 31 villagers.", "31 killed")]
    [InlineData("The incident caused injuries to 12 others.", "12 injured")]
    public void Counts_what_a_cue_takes_through_a_preposition(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Find(text));

    [Theory]
    [InlineData("The death toll rose to 45 on Sunday.", "45 killed")]
    [InlineData("The death toll from the earthquake climbed to 1,020.", "1020 killed")]
    [InlineData("Local activists put the toll at nine.", "9 killed")]
    [InlineData("The toll rose from 5 to 12 overnight.", "12 killed")]
    public void Reads_a_toll(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Find(text));

    [Theory]
    [InlineData("More than two thousand villagers died in the siege.", ">=2000 killed")]
    [InlineData("At least 14 civilians were injured.", ">=14 injured")]
    [InlineData("Over 300 prisoners were freed.", ">=300 detained")]
    [InlineData("More than a hundred prisoners of war were exchanged.", ">=100 detained")]
    [InlineData("Between 10 and 15 fighters were killed.", ">=10 killed")]
    [InlineData("Two or three soldiers were wounded.", ">=2 injured")]
    [InlineData("Some 10-12 people were killed in the crossfire.", ">=10 killed")]
    [InlineData("Fifty or more people were arrested.", ">=50 detained")]
    [InlineData("About 40 people were hurt.", "40 injured")]
    [InlineData("Up to 50 people were hurt.", "50 injured")]
    [InlineData("Almost 90 houses were destroyed.", "90 other")]
    public void Lower_bounds_and_ranges_give_count_min_and_approximations_a_count(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Find(text));

    [Theory]
    [InlineData("Two soldiers and a civilian were injured.", "2 injured|1 injured")]
    [InlineData("Three soldiers and two civilians were killed.", "3 killed|2 killed")]
    [InlineData("Police detained six people, among them two minors.", "6 detained|2 detained")]
    [InlineData("Thirty people were injured, including eight police officers.", "30 injured|8 injured")]
    [InlineData("At least 14 civilians (including 5 children) were injured.", ">=14 injured|5 injured")]
    [InlineData("One civilian, a retired teacher, was lightly injured.", "1 injured")]
    public void Coordinated_subjects_and_subsets_are_figures_of_their_own(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Find(text));

    [Theory]
    [InlineData("A border guard was wounded by sniper fire.", "1 injured")]
    [InlineData("Gunmen killed a police officer in the capital.", "1 killed")]
    [InlineData("An injured man was carried out of the building.", "1 injured")]
    [InlineData("A 34-year-old man was arrested at the scene.", "1 detained")]
    [InlineData("The mortar round hit the yard, killing a shepherd.", "1 killed")]
    public void An_article_counts_one_person_killed_injured_or_detained(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Find(text));

    [Theory]
    [InlineData("Three gunmen killed two guards.", "2 killed")]
    [InlineData("Two rockets landed near the school, wounding three.", "3 injured")]
    [InlineData("Two attacks killed 5 people.", "2 attacks|5 killed")]
    [InlineData("There were 2 explosions and 11 people injured.", "2 attacks|11 injured")]
    [InlineData("The army claimed to have killed 200 militants.", "200 killed")]
    [InlineData("Police fired tear gas at about 3,000 protesters and detained 40.", "3000 other|40 detained")]
    public void An_active_verb_counts_its_object_not_its_subject(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Find(text));

    [Theory]
    [InlineData("On September 18, protesters gathered outside the embassy.")]
    [InlineData("The talks were held on 8 and 9 March and resumed on 7–8 April.")]
    [InlineData("In 2020, the war displaced the whole village.")]
    [InlineData("The 2020 attacks were condemned by every party.")]
    [InlineData("Violence peaked in the 1990s, when the first raids began.")]
    [InlineData("Article 22 of the convention obliges the host state to protect the mission.")]
    [InlineData("Articles 22 and 29 were cited, and the attackers were detained.")]
    [InlineData("The meeting started at 10:30 and lasted 40 minutes.")]
    [InlineData("The shelling began at 5 a.m. and lasted until noon.")]
    [InlineData("Unemployment in the district rose to 12 percent.")]
    [InlineData("Damage was estimated at $5 million.")]
    [InlineData("The first attack came at dawn; the second raid followed an hour later.")]
    [InlineData("522 organizations issued a statement condemning the attack.")]
    [InlineData("The victim, aged 34, died in hospital.")]
    [InlineData("Sergeant Anton Lisek, 29, died of his wounds.")]
    [InlineData("The border post is 5 km from the village where the clashes took place.")]
    [InlineData("He was sentenced to 15 years for the killings.")]
    [InlineData("See page 12 and footnote 3 on the arrests.")]
    [InlineData("The statement[3] condemned the killings.")]
    public void Numbers_that_are_not_counts_do_not_fire(string text) =>
        Assert.Empty(Find(text));

    [Theory]
    [InlineData("Nobody was killed in the blast.")]
    [InlineData("None of the 40 passengers was injured.")]
    [InlineData("No one was hurt, the police said.")]
    [InlineData("The guards were not hurt.")]
    [InlineData("Not a single soldier was wounded.")]
    [InlineData("The new drone could kill 100 people in one strike.")]
    [InlineData("They threatened to kill 20 people.")]
    [InlineData("Fewer than 10 people were injured.")]
    [InlineData("Several people had been detained.")]
    [InlineData("Dozens more were injured in the stampede.")]
    [InlineData("Hundreds of families were displaced.")]
    [InlineData("Two rallies were held in the capital.")]
    [InlineData("Two shells hit the village overnight.")]
    [InlineData("Two battalions moved to the front.")]
    [InlineData("The army deployed 3,000 troops to the border.")]
    [InlineData("Detaining a journalist for her work violates the law.")]
    [InlineData("A number of people were detained.")]
    [InlineData("Four gunmen attacked the checkpoint.")]
    [InlineData("The coalition won 40 seats in the election.")]
    [InlineData("The building, which housed about 1,700 residents, was partially destroyed.")]
    [InlineData("Police fired tear gas at the crowd and detained dozens.")]
    public void Denied_hypothetical_vague_and_unrelated_numbers_do_not_fire(string text) =>
        Assert.Empty(Find(text));

    [Theory]
    [InlineData("79 armed forces personnel were killed.", "armed forces personnel")]
    [InlineData("Two of our citizens were killed.", "our citizens")]
    [InlineData("They mourned the deaths of five residents of the village.", "residents")]
    [InlineData("The drone struck a car, killing two civilians.", "civilians")]
    [InlineData("Two members of staff had been hurt.", "members of staff")]
    [InlineData("The army admitted 135 losses among its own military personnel.", "its own military personnel")]
    [InlineData("More than two thousand peaceful villagers died.", "peaceful villagers")]
    [InlineData("Three were wounded.", null)]
    [InlineData("Under the deal, 35 Armenian prisoners were handed over.", "Armenian prisoners")]
    [InlineData("Seven of the hostages were released.", "hostages")]
    [InlineData("Police said 19 protesters were injured.", "protesters")]
    [InlineData("Two were seriously injured.", null)]
    [InlineData("A group of 20 men attacked the post.", "men")]
    [InlineData("Police detained 31.", null)]
    public void Reports_whom_a_figure_counts_as_written(string text, string? counted) =>
        Assert.Equal(counted, Assert.Single(Figures(text)).Counted);

    [Fact]
    public void Evidence_covers_the_number_and_its_cue_and_names_the_rule()
    {
        const string text = "As a result, 79 armed forces personnel were killed, the ministry said.";

        var figure = Assert.Single(Figures(text));

        Assert.Equal("79 armed forces personnel were killed", figure.Evidence.Primary.In(text).ToString());
        Assert.Equal("79", figure.Evidence.Spans[1].In(text).ToString());
        Assert.Equal("figure.subject:killed", figure.Evidence.RuleId);
    }

    [Theory]
    [InlineData("Police detained six people.", "figure.object:detained")]
    [InlineData("the death of an employee", "figure.of:deaths")]
    [InlineData("Rebels launched 14 attacks.", "figure.noun:attacks")]
    [InlineData("The death toll rose to 45.", "figure.toll:death toll")]
    [InlineData("Five residents died, among them two children.", "figure.subject:died|figure.subset")]
    public void Each_rule_has_its_own_id(string text, string rules) =>
        Assert.Equal(rules.Split('|'), Figures(text).Select(f => f.Evidence.RuleId));

    [Fact]
    public void Figures_come_in_text_order_one_per_number()
    {
        var figures = Find("Two soldiers were killed and three were wounded. Later, 14 civilians were detained and 2 houses were burned.");

        Assert.Equal(["2 killed", "3 injured", "14 detained", "2 other"], figures);
    }

    [Fact]
    public void A_text_without_tokens_has_no_figures() => Assert.Empty(Find(string.Empty));

    [Fact]
    public void A_long_run_of_numbers_and_cues_is_read_in_one_pass()
    {
        var text = string.Join(" ", Enumerable.Repeat("1, 2 and 3 of the 4 were killed, 5 to 6 injured, of of the 7 dead and", 5_000));

        var figures = Figures(text);

        Assert.InRange(figures.Count, 1, 40_000);
    }

    [Fact]
    public void The_same_text_gives_the_same_figures()
    {
        const string text = "Two soldiers were killed and 14 civilians were injured, among them three children.";

        Assert.Equal(Figures(text), Figures(text));
    }
}
