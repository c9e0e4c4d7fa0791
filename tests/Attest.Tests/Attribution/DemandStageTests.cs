using Attest.Model;
using static Attest.Tests.Attribution.VoicesFixture;

namespace Attest.Tests.Attribution;

/// <summary>Who calls on whom to do what. Every sentence is invented; expected values are "action: addressee".</summary>
public sealed class DemandStageTests
{
    [Theory]
    [InlineData("We call on the government of Peru to protect the refugees in the camp.", "protect: government of Peru")]
    [InlineData("We call upon the authorities to release the detained students.", "release: authorities")]
    [InlineData("We urge the border police to investigate the shooting at the crossing.", "investigate: border police")]
    [InlineData("We ask the regional council to inform the families about the search.", "inform: regional council")]
    [InlineData("We appeal to the United Nations to send observers to the valley.", "monitor: United Nations")]
    [InlineData("We press the provincial governor to withdraw the troops from the market town.", "withdraw: provincial governor")]
    [InlineData("We request the ministry to assess the damage to the school.", "assess: ministry")]
    [InlineData("We implore the armed groups to refrain from attacks on clinics.", "refrain: armed groups")]
    [InlineData("We expect the police of Ghana to prosecute the organisers of the riot.", "prosecute: police of Ghana")]
    [InlineData("We invite the Council of Europe to monitor the elections.", "monitor: Council of Europe")]
    [InlineData("We encourage the donors to take measures to rebuild the bridge.", "take_measures: donors")]
    [InlineData("We call on the militia to end its blockade of the port.", "end_policy: militia")]
    [InlineData("We call on the parliament to condemn the attack on the newspaper.", "condemn: parliament")]
    [InlineData("We call on the governments of the region to impose sanctions on the smugglers.", "sanction: governments of the region")]
    [InlineData("We call on the army to accept responsibility for the raid.", "accept_responsibility: army")]
    [InlineData("We call on the court to hold accountable those who ordered the arrests.", "hold_accountable: court")]
    [InlineData("We call on the prosecutors to bring to justice those who burned the archive.", "prosecute: prosecutors")]
    [InlineData("We call on the interior ministry to punish the officers who beat the protesters.", "punish: interior ministry")]
    [InlineData("We call on the host state to fulfil its obligations under international law.", "fulfil_obligations: host state")]
    [InlineData("We call on both sides to show restraint.", "refrain: both sides")]
    [InlineData("We call on the Red Cross to visit the detention centre.", "monitor: Red Cross")]
    [InlineData("We call on the authorities to pay attention to the complaints of the villagers.", "pay_attention: authorities")]
    [InlineData("We call on the city council to safeguard the old synagogue.", "protect: city council")]
    [InlineData("We call on the mayor to ensure the safety of the reporters.", "protect: mayor")]
    [InlineData("We call on the police to look into the threats against the judge.", "investigate: police")]
    [InlineData("We call on the army to pull back its units from the ridge.", "withdraw: army")]
    [InlineData("We call on the government to lift the curfew.", "end_policy: government")]
    [InlineData("We call on the rebels to free the aid workers.", "release: rebels")]
    [InlineData("We call on the ministry to disclose the names of the victims.", "inform: ministry")]
    [InlineData("We call on the commission to evaluate the evidence.", "assess: commission")]
    public void Reads_the_verb_the_addressee_and_the_action(string text, string expected) => Assert.Equal(expected, Demands(text));

    [Theory]
    [InlineData("We call on the authorities to investigate the killing, prosecute those responsible and inform the family.", "investigate: authorities | prosecute: authorities | inform: authorities")]
    [InlineData("We urge the government to release the journalists and to end the ban on the newspaper.", "release: government | end_policy: government")]
    [InlineData("We ask the police to identify and punish the attackers.", "punish: police")]
    [InlineData("We call on the council to condemn the shelling, to investigate it and to sanction the commanders.", "condemn: council | investigate: council | sanction: council")]
    [InlineData("We call on the regional government to protect the witnesses, seriously investigate the fire, and inform the public about the results.", "protect: regional government | investigate: regional government | inform: regional government")]
    [InlineData("We call on the authorities to find and prosecute the killers.", "prosecute: authorities")]
    [InlineData("We urge the army to stop the shelling and withdraw from the villages.", "refrain: army | withdraw: army")]
    [InlineData("We urge the ministry to understand the concerns of the families and to investigate the case.", "investigate: ministry")]
    [InlineData("We call on the authorities to organise the search for and punishment of the culprits.", "punish: authorities")]
    [InlineData("We call on the parties to be sensitive to the suffering of civilians and not to be indifferent to it.", "pay_attention: parties")]
    public void Makes_one_demand_per_act_of_a_list(string text, string expected) => Assert.Equal(expected, Demands(text));

    [Theory]
    [InlineData("We call on the OSCE, the Council of Europe and the United Nations to send monitors to the border.", "monitor: OSCE, the Council of Europe and the United Nations")]
    [InlineData("We call on the governments of Norway, Chile, and Kenya to protect the delegates.", "protect: governments of Norway, Chile and Kenya")]
    [InlineData("We call on the international community, including the European Union and the African Union, to condemn the coup.", "condemn: international community")]
    [InlineData("We call on the countries where the attacks took place to punish the attackers.", "punish: countries")]
    [InlineData("We call on the states that host refugee camps to protect them.", "protect: states")]
    public void Keeps_a_list_of_addressees_as_one_addressee(string text, string expected) => Assert.Equal(expected, Demands(text));

    [Theory]
    [InlineData("We ask the OSCE to deploy monitors on both sides of the line, and the Red Cross to visit the prisons.", "monitor: OSCE | monitor: Red Cross")]
    [InlineData("We call on the OSCE to send observers without delay, and on the authorities to give journalists access to the camp.", "monitor: OSCE | other: authorities")]
    [InlineData("We urge the police to protect the marchers, and the courts to prosecute the attackers.", "protect: police | prosecute: courts")]
    public void Reads_a_second_addressee_with_its_own_infinitive(string text, string expected) => Assert.Equal(expected, Demands(text));

    [Theory]
    [InlineData("We demand that the police investigate the raid on the newspaper.", "investigate: police")]
    [InlineData("We demand that Chile release the fishermen.", "release: Chile")]
    [InlineData("We insist that the government withdraw the decree.", "withdraw: government")]
    [InlineData("We urge that the ministry inform the families.", "inform: ministry")]
    [InlineData("We demand that the army stop firing at the villages and compensate the owners of the houses.", "refrain: army | other: army")]
    [InlineData("We request that the commission assess the flood damage.", "assess: commission")]
    [InlineData("We demand, in the name of the victims, that the authorities punish the guards.", "-")]
    [InlineData("We demand, that the authorities punish the guards.", "punish: authorities")]
    public void Reads_a_demand_that_a_subject_act(string text, string expected) => Assert.Equal(expected, Demands(text));

    [Theory]
    [InlineData("We demand that the attacks be investigated by the prosecutors of the province.", "investigate: prosecutors of the province")]
    [InlineData("We demand that the arson be investigated by the national police and a report be published.", "investigate: national police")]
    [InlineData("We demand that the killings be investigated by the regional prosecutors and those responsible to face justice.", "investigate: regional prosecutors | hold_accountable: regional prosecutors")]
    [InlineData("We call on the government of Kenya to protect the camp. We demand that those who burned the tents be punished.", "protect: government of Kenya | punish: government of Kenya")]
    [InlineData("We demand that the murder be investigated.", "-")]
    [InlineData("We call on Norway to investigate the attack. We demand that the attack be investigated.", "investigate: Norway")]
    public void Gives_a_passive_the_agent_or_the_authority_in_context(string text, string expected) => Assert.Equal(expected, Demands(text));

    [Theory]
    [InlineData("We demand the immediate release of the journalists, and we call on the authorities of Peru to inform their families.", "release: authorities of Peru | inform: authorities of Peru")]
    [InlineData("We demand from the government of Ghana to find and punish the attackers.", "punish: government of Ghana")]
    [InlineData("We expect a serious attitude to their duties from the agencies in charge of the border.", "fulfil_obligations: agencies in charge of the border")]
    [InlineData("We demand an investigation.", "-")]
    [InlineData("We call on the donors to fund the hospital, and we demand an assessment of the damage.", "other: donors | assess: donors")]
    [InlineData("We call for an investigation of the fire.", "-")]
    public void Reads_an_act_named_by_a_noun(string text, string expected) => Assert.Equal(expected, Demands(text));

    [Theory]
    [InlineData("The Ministry of Foreign Affairs of Peru urged the host countries to protect the embassies.", "Ministry")]
    [InlineData("President Jane Marlowe called on the governors to release the prisoners.", "Jane Marlowe")]
    [InlineData("Foreign Minister Tomas Brandt met the envoy. He urged the rebels to free the hostages.", "Tomas Brandt")]
    [InlineData("Lima has urged the neighbouring states to protect its consulates.", "Lima")]
    public void A_reported_call_is_the_reporter_s_subject_s(string text, string speakerPart) => Assert.Contains(speakerPart, DemandSpeakers(text), StringComparison.Ordinal);

    [Fact]
    public void A_demand_in_own_voice_is_the_issuer_s()
    {
        var demands = DemandItems(Statement + "We call on the police to protect the marchers.");
        var demand = Assert.Single(demands);
        Assert.Equal("human rights organisations", demand.Speaker, ignoreCase: true);
    }

    [Fact]
    public void A_demand_inside_a_quotation_is_the_speaker_s()
    {
        var text = "“We call on the police to protect the marchers and to arrest the attackers,” Mayor Anna Kowalczyk said.";
        var demands = DemandItems(text);
        Assert.Equal(2, demands.Count);
        Assert.All(demands, d => Assert.Equal("Anna Kowalczyk", d.Speaker));
    }

    [Theory]
    [InlineData("These countries should accept responsibility for the attack and investigate it.", "accept_responsibility: These countries | investigate: These countries")]
    [InlineData("We believe that Peru as a state should accept responsibility for the attack.", "accept_responsibility: Peru")]
    [InlineData("The authorities must release the students immediately.", "release: authorities")]
    [InlineData("The army must not shell the villages.", "refrain: army")]
    [InlineData("The regional government ought to protect the witnesses.", "protect: regional government")]
    [InlineData("The police have to investigate the threats.", "investigate: police")]
    [InlineData("We must protect our members.", "-")]
    [InlineData("Our answer must never be violence.", "-")]
    [InlineData("If they are guilty, they must be punished.", "-")]
    [InlineData("Those who ordered the shelling must be held accountable.", "-")]
    [InlineData("Some partners tell us that both sides should show restraint.", "-")]
    [InlineData("We are convinced that the council should condemn the coup.", "condemn: council")]
    public void Reads_must_and_should_in_the_statement_s_own_voice(string text, string expected) => Assert.Equal(expected, OwnDemands(text));

    [Theory]
    [InlineData("The Daily Courier reports that the authorities must release the students.")]
    [InlineData("Under the convention the receiving state must protect the premises of the mission.")]
    public void Reads_no_must_in_a_news_report_s_narration(string text) => Assert.Equal("-", Demands("By Jane Marlowe\n\n" + text));

    [Fact]
    public void Reads_no_must_in_a_quoted_legal_provision()
    {
        var text = Statement + "Article 22 of the Vienna Convention on Diplomatic Relations states that\n\n“The receiving State is under a special duty to protect the premises of the mission and must take all appropriate steps.”";
        Assert.Equal("-", Demands(text));
    }

    [Theory]
    [InlineData("\"The police should explain why the gate was open,\" Mayor Anna Kowalczyk said.", "inform: police")]
    [InlineData("\"We do not hide anything, and the neighbours should explain their own shelling,\" Colonel Ivo Maric said.", "inform: neighbours")]
    [InlineData("\"If the state has evidence, it must show it,\" Colonel Ivo Maric said.", "-")]
    [InlineData("\"Human rights do not stop at the border, and neither should we,\" Dr. Amina Yusuf said.", "-")]
    public void Reads_must_and_should_inside_a_quotation(string text, string expected) => Assert.Equal(expected, Demands(text));

    [Theory]
    [InlineData("We call on the government to:\n\n• visit the camp every week;\n\n• inform the families about the missing;\n\n• release the detained teachers.", "monitor: government | inform: government | release: government")]
    [InlineData("We hereby call on the international community to:\n\n• publicly and urgently condemn the attacks on the clinics;\n\n• take stringent measures to support an independent monitoring mission;\n\n• if the attacks continue, consider and put forward targeted sanctions.", "condemn: international community | monitor: international community | sanction: international community")]
    [InlineData("We call on the commissioner to:\n\n - visit the villages along the river;\n\n - publicly assess the shelling;\n\n - press the militia to stop firing at the town;", "monitor: commissioner | assess: commissioner | refrain: militia")]
    [InlineData("We call on the donors to:\n\n• demand that the army investigate the massacre and prosecute everyone responsible;\n\n• call on the army to end the siege.", "investigate: army | prosecute: army | end_policy: army")]
    [InlineData("We call on the donors to:\n\n• continue to publicly demand the militia to return all prisoners to their families.", "release: militia")]
    public void Reads_the_acts_of_a_list_after_to_and_a_colon(string text, string expected) => Assert.Equal(expected, Demands(text));

    [Theory]
    [InlineData("We appeal to the media of the region, and call them to be sensitive to the suffering of the families.", "pay_attention: media of the region")]
    [InlineData("I have informed the Council of Europe of the facts, and I call on them to visit the village.", "monitor: Council of Europe")]
    [InlineData("Ambassador Rosa Ibarra wrote to Mayor Anna Kowalczyk, asking her to visit the flooded district.", "monitor: Anna Kowalczyk")]
    public void Resolves_a_pronoun_addressee(string text, string expected) => Assert.Equal(expected, Demands(text));

    [Theory]
    [InlineData("We did not call on the police to release the students.")]
    [InlineData("The ministry never urged the army to withdraw.")]
    [InlineData("The council refused to call on the rebels to free the hostages.")]
    [InlineData("The envoy declined to urge the government to release the prisoners.")]
    [InlineData("If the council were to call on the army to withdraw, the rebels would follow.")]
    [InlineData("The ministry would urge the police to investigate only if asked.")]
    [InlineData("Some say the rebels could urge the villagers to leave.")]
    [InlineData("The mayor might ask the police to protect the market.")]
    [InlineData("Unless the police call on the army to protect the town, nothing will change.")]
    [InlineData("The council has not yet asked the army to investigate the killings.")]
    [InlineData("We do not urge anyone to punish the protesters.")]
    [InlineData("Nobody is asking the rebels to release the hostages, and we never did.")]
    public void Reads_no_demand_from_a_negated_or_hypothetical_verb(string text) => Assert.Equal("-", Demands(text));

    [Theory]
    [InlineData("Calls to both parties to pull back troops are misplaced.")]
    [InlineData("The calls on the army to withdraw were ignored.")]
    [InlineData("Her appeal to the court to release the prisoners went unanswered.")]
    [InlineData("The minister was asked to resign by the press.")]
    [InlineData("The army is expected to withdraw next week.")]
    [InlineData("We expect the situation to worsen over the winter.")]
    [InlineData("We call this attack a crime.")]
    [InlineData("The ministry called the attack an act of intimidation.")]
    [InlineData("Appeals have been made to the government about this.")]
    [InlineData("The president asked about the convoy.")]
    [InlineData("Calls on the Red Cross to visit the prison grew louder.")]
    public void Reads_no_demand_from_a_noun_a_passive_or_another_sense(string text) => Assert.Equal("-", Demands(text));

    [Theory]
    [InlineData("The rebels dismissed the \"appeals to the army to protect civilians\" as propaganda.")]
    [InlineData("The paper ran a piece titled 'Why we call on the government to resign' last week.")]
    public void Reads_no_demand_inside_someone_else_s_quoted_phrase(string text) => Assert.Equal("-", Demands(text));

    [Theory]
    [InlineData("“The envoy told us: ‘We call on the army to withdraw from the hills,’ and then he left,” Dr. Amina Yusuf said.", "-")]
    [InlineData("“They keep saying ‘we urge the police to protect you’ but nobody comes,” Dr. Amina Yusuf said.", "-")]
    [InlineData("“We call on the army to withdraw from the hills,” Dr. Amina Yusuf said.", "withdraw: army")]
    [InlineData("“We urge the police to protect the clinic,” Dr. Amina Yusuf said, “and we don’t ask for more.”", "protect: police")]
    public void Reads_no_demand_from_a_quotation_inside_a_quotation(string text, string expected) => Assert.Equal(expected, Demands(text));

    [Theory]
    [InlineData("We call on the police to arrest the gunmen.", "prosecute: police")]
    [InlineData("We call on the authorities to apologise to the families.", "accept_responsibility: authorities")]
    [InlineData("We call on the governor to comply with the court ruling.", "fulfil_obligations: governor")]
    [InlineData("We call on the commanders to respect the ceasefire.", "fulfil_obligations: commanders")]
    [InlineData("We call on the army to de-escalate the situation at the border.", "refrain: army")]
    [InlineData("We call on the ministry to put an end to the harassment of reporters.", "end_policy: ministry")]
    [InlineData("We call on the OSCE to deploy monitors along the border.", "monitor: OSCE")]
    [InlineData("We call on the authorities to compensate the owners of the burned shops.", "other: authorities")]
    [InlineData("We call on the government to allow access to the prison for lawyers.", "other: government")]
    [InlineData("We call on the council to heed the warnings of the engineers.", "pay_attention: council")]
    [InlineData("We call on the police to establish the facts without delay.", "investigate: police")]
    [InlineData("We call on the envoy to intervene on behalf of the prisoners.", "other: envoy")]
    [InlineData("We call on the army not to fire at the crowd.", "refrain: army")]
    [InlineData("We urge the council to take all necessary measures to protect the archive.", "take_measures: council")]
    [InlineData("We call on the rebels to let them go.", "release: rebels")]
    [InlineData("We call on the army to remove its guns from the school.", "withdraw: army")]
    public void Maps_the_words_of_an_act_to_the_action_vocabulary(string text, string expected) => Assert.Equal(expected, Demands(text));

    [Theory]
    [InlineData("Mayor calls on Red Cross to visit flooded villages\n\nMayor Anna Kowalczyk on Monday called on the Red Cross and the United Nations to visit the flooded villages.", "monitor: Red Cross and the United Nations")]
    [InlineData("Call on the Donors to Respond to the Famine\n\nWe call on the donors to send food to the region.", "other: donors")]
    public void Reads_no_demand_from_a_headline(string text, string expected) => Assert.Equal(expected, Demands(text));

    [Theory]
    [InlineData("We call on the hosts to protect the mission, as Article 22 of the Vienna Convention on Diplomatic Relations requires.", "VCDR")]
    [InlineData("Article 22 of the Vienna Convention on Diplomatic Relations obliges the receiving state to protect missions. We call on the hosts to protect the embassy.", "VCDR")]
    [InlineData("We call on the hosts to protect the embassy.", null)]
    public void Takes_the_legal_basis_from_the_sentence_or_its_paragraph(string text, string? instrument)
    {
        var demand = Assert.Single(DemandItems(text));
        Assert.Equal(instrument, demand.LegalBasis);
    }

    [Fact]
    public void Keeps_the_object_and_the_evidence_spans()
    {
        var text = "We call on the police to protect the marchers on Sunday.";
        var demand = Assert.Single(DemandItems(text));
        Assert.Equal("protect the marchers on Sunday", demand.Object);
        Assert.Equal("demand.to", demand.Evidence.RuleId);
        Assert.Equal("called on the police to protect the marchers on Sunday".Replace("called", "call", StringComparison.Ordinal), demand.Evidence.Primary.In(text).ToString());
        Assert.Contains(demand.Evidence.Spans, s => s.In(text).SequenceEqual("the police"));
    }

    [Fact]
    public void Counts_a_repeated_demand_once()
    {
        var text = "We call on the police to protect the marchers. We again call on the police to protect the marchers.";
        Assert.Equal("protect: police", Demands(text));
    }

    [Fact]
    public void Reads_the_same_call_with_and_without_a_serial_comma_as_one_addressee()
    {
        var text = "“We call on the governments of Norway, Chile and other countries to protect our embassies.”\n\n“We call on the governments of Norway, Chile, and other countries to protect our embassies,” the president said.";
        Assert.Equal("protect: governments of Norway, Chile and other countries", Demands(text));
    }

    [Theory]
    [InlineData("We would like to call on the police to protect the marchers.", "protect: police")]
    [InlineData("We are calling on the police to protect the marchers.", "protect: police")]
    [InlineData("We have repeatedly called on the police to protect the marchers.", "protect: police")]
    [InlineData("We once again urge the police to protect the marchers.", "protect: police")]
    public void Reads_a_demand_across_auxiliaries_and_adverbs(string text, string expected) => Assert.Equal(expected, Demands(text));

    [Fact]
    public void Gives_every_demand_an_action_of_the_format()
    {
        var demands = DemandItems(Statement + "We call on the council to act now and to rebuild the bridge.");
        Assert.All(demands, d => Assert.True(Enum.IsDefined(d.Action)));
        Assert.Equal([DemandAction.TakeMeasures, DemandAction.Other], demands.Select(d => d.Action));
    }
}
