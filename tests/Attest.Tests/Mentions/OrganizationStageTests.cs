using static Attest.Tests.Mentions.PersonOrganizationFixture;

namespace Attest.Tests.Mentions;

/// <summary>Which bodies the organisation stage finds, what it calls them and which state it binds them to.
/// Every sentence is invented; "Name|XX" means the body belongs to the state with ISO code XX.</summary>
public sealed class OrganizationStageTests
{
    [Theory]
    [InlineData("The Azerbaijani Foreign Ministry condemned the attack.", "Foreign Ministry of Azerbaijan|AZ")]
    [InlineData("Iran's Foreign Ministry summoned the envoy.", "Foreign Ministry of Iran|IR")]
    [InlineData("Russia's foreign ministry said the talks were useful.", "Foreign Ministry of Russia|RU")]
    [InlineData("The Ministry of Foreign Affairs of Georgia protested.", "Foreign Ministry of Georgia|GE")]
    [InlineData("The Armenian armed forces returned fire.", "Armed Forces of Armenia|AM")]
    [InlineData("Units of the armed forces of Serbia were moved.", "Armed Forces of Serbia|RS")]
    [InlineData("The Armenian government reported losses.", "Government of Armenia|AM")]
    [InlineData("She urged the Government of Moldova to act.", "Government of Moldova|MD")]
    [InlineData("The US military said two drones were shot down.", "Armed Forces of the United States|US")]
    [InlineData("The Azerbaijan military units held their positions.", "Armed Forces of Azerbaijan|AZ")]
    [InlineData("Ukrainian troops crossed the river.", "Armed Forces of Ukraine|UA")]
    [InlineData("The Armenian special services planned the attacks.", "Special Services of Armenia|AM")]
    [InlineData("The Georgian Defence Ministry denied the report.", "Defence Ministry of Georgia|GE")]
    [InlineData("The Dutch government resigned.", "Government of the Netherlands|NL")]
    public void Binds_a_state_body_to_the_state_the_text_names(string text, string expected) =>
        Assert.Equal(expected, Organizations(text));

    [Fact]
    public void Binds_a_body_to_each_of_two_states_joined_by_and() =>
        Assert.Equal(
            "Armed Forces of Russia|RU; Armed Forces of Ukraine|UA",
            string.Join("; ", Organizations("Clashes between Russian and Ukrainian forces went on.").Split("; ").Order(StringComparer.Ordinal)));

    [Theory]
    [InlineData("BAKU, May 3 — The Foreign Ministry said the envoy had left.", null, "Foreign Ministry of Azerbaijan|AZ")]
    [InlineData("The Foreign Ministry said the envoy had left.", "Tbilisi", "Foreign Ministry of Georgia|GE")]
    [InlineData("Yerevan has protested, citing the Foreign Ministry.", null, "Foreign Ministry of Armenia|AM")]
    [InlineData("We condemn the attack.\n\nThe Interior Ministry said three were held.\n\n4 May 2024, Chisinau", null, "Interior Ministry of Moldova|MD")]
    [InlineData("The Foreign Ministry declined to comment.", null, "Foreign Ministry")]
    public void Binds_a_bare_ministry_to_the_document_state(string text, string? placeOfIssue, string expected) =>
        Assert.Equal(expected, Organizations(text, placeOfIssue: placeOfIssue));

    [Theory]
    [InlineData("The shots were fired by radical Armenian forces.")]
    [InlineData("Separatist Serb units shelled the town.")]
    [InlineData("Israeli military positions were hit overnight.")]
    [InlineData("The governments of France and Spain issued a joint note.")]
    [InlineData("The US and French governments were silent.")]
    [InlineData("The ministry said the government would respond.")]
    [InlineData("The forces withdrew after the army arrived.")]
    [InlineData("Armed men attacked the village.")]
    [InlineData("As representatives of the Civil Society of Armenia, we protest.")]
    [InlineData("The International Community must act now.")]
    [InlineData("The Iranian state did nothing to stop it.")]
    [InlineData("The Iranian media covered the story.")]
    [InlineData("The visit violated Article 19 of the International Covenant on Civil and Political Rights.")]
    [InlineData("Minister Says Talks Will Resume Next Week")]
    [InlineData("The ombudsman said the prison was overcrowded.")]
    [InlineData("Media reports say the convoy was hit.")]
    public void Finds_no_body_where_none_is_named(string text) => Assert.Equal(string.Empty, Organizations(text));

    [Theory]
    [InlineData("These cases were documented by the Human Rights Defender of Armenia.", "Human Rights Defender of Armenia|AM")]
    [InlineData("Georgia's Public Defender visited the prison.", "Public Defender of Georgia|GE")]
    [InlineData("I call on the People's Advocate of Moldova to act.", "People's Advocate of Moldova|MD")]
    public void Counts_an_office_alone_as_its_institution(string text, string expected) =>
        Assert.Equal(expected, Organizations(text));

    [Theory]
    [InlineData("Human Rights Ombudsperson Nino Kapanadze visited the detainees.")]
    [InlineData("Georgian Public Defender Levan Ioseliani visited the prison.")]
    [InlineData("Levan Ioseliani, Public Defender of Georgia, visited the prison.")]
    public void Counts_no_office_that_is_a_persons_title(string text) => Assert.Equal(string.Empty, Organizations(text));

    [Theory]
    [InlineData("The Law and Justice Foundation issued a report.", "Law and Justice Foundation")]
    [InlineData("Members of the Union of Informed Voters met in the hall.", "Union of Informed Voters")]
    [InlineData("The Centre for Civic Mobilization and Support trained observers.", "Centre for Civic Mobilization and Support")]
    [InlineData("Funds came from the Restart Foundation for Science and Education last year.", "Restart Foundation for Science and Education")]
    [InlineData("The Green Valley Women's Council NGO sent aid.", "Green Valley Women's Council NGO")]
    [InlineData("Observers from the Nordic Election Monitoring Network arrived.", "Nordic Election Monitoring Network")]
    [InlineData("The Non-Violence and Equality Coalition called a rally.", "Non-Violence and Equality Coalition")]
    [InlineData("The Amsterdam Peace Dialogue Institute hosted the talks.", "Amsterdam Peace Dialogue Institute")]
    public void Finds_names_built_around_a_head_noun(string text, string expected) =>
        Assert.Equal(expected, Organizations(text));

    [Theory]
    [InlineData("The Russian Federation said on Monday that talks would resume.")]
    [InlineData("Officials of the Swiss Confederation offered to host the talks.")]
    [InlineData("The Russian Federation, Moldova and Georgia signed the statement.")]
    [InlineData("Both the Russian Federation and the Swiss Confederation sent envoys.")]
    public void A_states_own_name_ending_in_a_head_noun_is_no_organisation(string text) =>
        Assert.Equal("", Organizations(text));

    [Theory]
    [InlineData("The Swiss Chess Federation elected a new board.", "Swiss Chess Federation")]
    [InlineData("Envoys of the Swiss Confederation met the Swiss Football Federation.", "Swiss Football Federation")]
    public void A_body_named_after_a_state_is_still_an_organisation(string text, string expected) =>
        Assert.Equal(expected, Organizations(text));

    [Theory]
    [InlineData("“Free Voice” Journalists Club NGO signed the appeal.", "Free Voice Journalists Club NGO")]
    [InlineData("The journalists' association “Open Pen” urged his release.", "Open Pen")]
    [InlineData("The rally was called by the association Friends of the River.", "Friends of the River")]
    [InlineData("A group calling itself Sons of the Valley claimed the attack.", "Sons of the Valley")]
    [InlineData("The daily Morning Star ran the story first.", "Morning Star")]
    public void Finds_quoted_names_and_names_after_a_common_noun(string text, string expected) =>
        Assert.Equal(expected, Organizations(text));

    [Theory]
    [InlineData("Delegates of the OSCE arrived.", "Organization for Security and Co-operation in Europe")]
    [InlineData("The Council of Europe responded.", "Council of Europe")]
    [InlineData("A bill passed the U.S. House of Representatives.", "U.S. House of Representatives|US")]
    [InlineData("The UN refugee agency opened a camp.", "United Nations High Commissioner for Refugees")]
    [InlineData("The meeting of the Council of Heads of State of the Commonwealth of Independent States ended.", "Commonwealth of Independent States")]
    [InlineData("The 1946 Convention on the Privileges and Immunities of the United Nations applies.", "United Nations")]
    public void Names_lexicon_bodies_by_the_lexicon_or_by_a_spelling_of_its_name(string text, string expected) =>
        Assert.Equal(expected, Organizations(text));

    [Theory]
    [InlineData("Novostan reports, citing the ministry, that two were killed.", "Novostan")]
    [InlineData("KavkazInfo reports that the border is closed.", "KavkazInfo")]
    [InlineData("The Kavkaz Herald reports, citing police, that six were held.", "Kavkaz Herald")]
    [InlineData(" date 2023-01-02 By Novostan\n\nBy Martin Okafor\n\nTalks ended.", "Novostan")]
    [InlineData("TBILISI, May 3 (Novostan) — Talks ended.", "Novostan")]
    [InlineData("Talks ended.\n\nSource: Novostan", "Novostan")]
    [InlineData("novostan.ge reported that the talks ended.", "novostan.ge")]
    public void Finds_news_outlets_from_bylines_and_lead_ins(string text, string expected) =>
        Assert.Equal(expected, DistinctOrganizations(text));

    [Theory]
    [InlineData("Martin Okafor reported from the front line.")]
    [InlineData("By Martin Okafor\n\nTalks ended.")]
    [InlineData("Residents reported explosions. The residents fled.")]
    public void Takes_no_person_for_an_outlet(string text) => Assert.Equal(string.Empty, Organizations(text));

    [Theory]
    [InlineData("I informed the UN High Commissioner for Human Rights of the facts.", "UN High Commissioner for Human Rights")]
    [InlineData("UN High Commissioner for Human Rights Volker Mann visited the camp.", "United Nations")]
    [InlineData("The UN Secretary-General said the camp must stay open.", "United Nations")]
    public void Names_an_organisations_office_when_no_person_holds_it_in_the_text(string text, string expected) =>
        Assert.Equal(expected, DistinctOrganizations(text));

    [Theory]
    [InlineData("Protesters backed the Georgian Dream party.", "Georgian Dream")]
    [InlineData("The Emergency Lawyers group said 40 were killed.", "Emergency Lawyers")]
    [InlineData("A Kovarian rights group said the vote was rigged.", "")]
    [InlineData("The Armenian community group held a vigil.", "")]
    public void Finds_a_capitalised_name_before_a_common_noun_for_an_organisation(string text, string expected) =>
        Assert.Equal(expected, DistinctOrganizations(text));

    [Theory]
    [InlineData("The territory's Health Ministry said 20 were killed.", "Health Ministry")]
    [InlineData("The Ministry of Foreign Affairs of the Republic of Merovia protested.", "Ministry of Foreign Affairs of the Republic of Merovia")]
    [InlineData("The Merovian Foreign Ministry protested.", "Merovian Foreign Ministry")]
    public void Keeps_a_body_of_an_unknown_owner_as_written(string text, string expected) =>
        Assert.Equal(expected, Organizations(text));

    [Fact]
    public void Reads_a_shared_acronym_as_the_organisation_the_document_names_in_full()
    {
        const string text = "The Rapid Support Forces denied the charge. RSF fighters left the town.";
        Assert.Equal("Rapid Support Forces", DistinctOrganizations(text));
    }

    [Fact]
    public void Leaves_an_office_alone_unbound_when_the_document_names_no_state() =>
        Assert.Equal(string.Empty, Organizations("The Ombudsperson said the camp was closed."));

    [Fact]
    public void Counts_a_city_police_force() =>
        Assert.Equal("Vienna police|AT", Organizations("Vienna police detained six people."));

    [Fact]
    public void Treats_every_line_of_a_signatory_list_as_an_organisation()
    {
        const string text = "We call for an inquiry.\n\n"
            + "Tallinn Centre for Civil Liberties\n\n"
            + "“Open Word” Journalists Union NGO\n\n"
            + "Nordic Border Communities Forum – Narva\n\n"
            + "Progressive Youth of Estonia\n\n"
            + "Press Freedom Watch – Tartu\n\n"
            + "Subscribe to our newsletter";
        Assert.Equal(
            "Tallinn Centre for Civil Liberties; Open Word Journalists Union NGO; Nordic Border Communities Forum – Narva; "
            + "Progressive Youth of Estonia; Press Freedom Watch – Tartu",
            DistinctOrganizations(text));
    }

    [Fact]
    public void Needs_organisations_among_the_lines_before_calling_a_list_signatories()
    {
        const string text = "We call for an inquiry.\n\nIntroduction\n\nBackground Notes\n\nKey Findings\n\nFurther Reading";
        Assert.Equal(string.Empty, Organizations(text));
    }

    [Fact]
    public void Names_a_state_body_by_the_user_lexicon_when_it_knows_the_body()
    {
        const string lexicon = "country\tRuritania\t\tiso=XR;adj=Ruritanian\n"
            + "organization\tMinistry of Foreign Affairs of Ruritania\tRuritanian MFA\tcountry=XR";
        Assert.Equal(
            "Ministry of Foreign Affairs of Ruritania|XR",
            Organizations("Ruritania's Foreign Ministry protested.", lexicon));
    }

    [Fact]
    public void Adds_government_bodies_from_a_user_lexicon()
    {
        const string lexicon = "government-body\tcoast guard\t\tname=Coast Guard;weak=yes";
        Assert.Equal(string.Empty, Organizations("The Greek coast guard rescued 40 people."));
        Assert.Equal("Coast Guard of Greece|GR", Organizations("The Greek coast guard rescued 40 people.", lexicon));
    }

    [Fact]
    public void Records_the_rule_and_the_words_of_each_finding()
    {
        var (_, organizations, text) = Find("The Armenian government reported losses to the OSCE.");
        Assert.Equal(["organization.government", "organization.lexicon"], organizations.Select(o => o.Evidence.RuleId));
        Assert.Equal(["Armenian government", "OSCE"], organizations.Select(o => o.Evidence.Primary.In(text).ToString()));
    }

    [Fact]
    public void Never_reports_a_persons_name_as_an_organisation()
    {
        var (persons, organizations, _) = Find("The association Lena Fischer said it had no members.");
        Assert.Single(persons);
        Assert.Empty(organizations);
    }

    [Fact]
    public void Gives_the_same_result_whatever_document_was_read_before()
    {
        const string text = "The Armenian government protested to the OSCE.";
        Assert.Equal(Organizations(text), OrganizationsAfterAnotherDocument(text, "Iran's Foreign Ministry summoned the envoy."));
    }

    [Fact]
    public void Gives_the_same_results_on_many_threads_at_once()
    {
        string[] texts =
        [
            "The Armenian government protested to the OSCE.",
            "Iran's Foreign Ministry summoned the envoy, Novostan reports.",
            "Members of the Union of Informed Voters met President Jane Marlowe.",
            "BAKU, May 3 — The Foreign Ministry said the envoy had left.",
        ];
        var expected = texts.Select(t => Organizations(t)).ToArray();
        var results = new string[200];
        Parallel.For(0, results.Length, i => results[i] = Organizations(texts[i % texts.Length]));
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], results[i]);
        }
    }

    [Fact]
    public void Finds_nothing_in_an_empty_text() => Assert.Empty(Find(string.Empty).Organizations);
}
