namespace Attest.Tests.Text;

/// <summary>Sentence boundaries, one table per shape of text. Each row: the text, then the sentences expected.</summary>
public sealed class SentenceSplittingTests
{
    private static void AssertSentences(string text, string[] expected) =>
        Assert.Equal(expected, TextFixtures.Sentences(text));

    [Theory]
    [InlineData("The talks ended. Both delegations left the city.", "The talks ended.", "Both delegations left the city.")]
    [InlineData("Was the truce broken? Observers say it was.", "Was the truce broken?", "Observers say it was.")]
    [InlineData("Stop the shelling! Civilians are dying.", "Stop the shelling!", "Civilians are dying.")]
    [InlineData("Are you sure?! Nobody confirmed it.", "Are you sure?!", "Nobody confirmed it.")]
    [InlineData("A sentence without final punctuation", "A sentence without final punctuation")]
    [InlineData("Is this the end? no, said the envoy.", "Is this the end? no, said the envoy.")]
    [InlineData("The vote failed.The session closed.", "The vote failed.", "The session closed.")]
    [InlineData("The shelling stopped — for a day. Then it resumed.", "The shelling stopped — for a day.", "Then it resumed.")]
    [InlineData("The countries’ envoys met. The talks failed.", "The countries’ envoys met.", "The talks failed.")]
    public void Splits_at_final_punctuation_before_a_capital(string text, params string[] expected) =>
        AssertSentences(text, expected);

    [Theory]
    [InlineData("Mr. Haddad met Gen. Okafor in the capital.", "Mr. Haddad met Gen. Okafor in the capital.")]
    [InlineData("Dr. Lena Ortiz and Prof. Samir Bell signed the letter.", "Dr. Lena Ortiz and Prof. Samir Bell signed the letter.")]
    [InlineData("Col. Ruiz and Lt. Moreau were not injured.", "Col. Ruiz and Lt. Moreau were not injured.")]
    [InlineData("Sgt. Blake said the post was hit twice.", "Sgt. Blake said the post was hit twice.")]
    [InlineData("The talks took place in St. Gallen and later near Mt. Kenya.", "The talks took place in St. Gallen and later near Mt. Kenya.")]
    [InlineData("Sen. Walsh and Rep. Ortega asked Gov. Lindqvist to respond.", "Sen. Walsh and Rep. Ortega asked Gov. Lindqvist to respond.")]
    [InlineData("Amb. Keller presented her credentials on Monday.", "Amb. Keller presented her credentials on Monday.")]
    [InlineData("Mrs. Novak thanked the crowd. Then she left.", "Mrs. Novak thanked the crowd.", "Then she left.")]
    public void Never_splits_after_a_title(string text, params string[] expected) => AssertSentences(text, expected);

    [Theory]
    [InlineData("The claim rests on Art. 22 of the convention.", "The claim rests on Art. 22 of the convention.")]
    [InlineData("See para. 4 of the resolution, adopted as No. 2817.", "See para. 4 of the resolution, adopted as No. 2817.")]
    [InlineData("The text is on p. 14 and pp. 20-22 of the report.", "The text is on p. 14 and pp. 20-22 of the report.")]
    [InlineData("Weapons were found in the No. 3 depot.", "Weapons were found in the No. 3 depot.")]
    [InlineData("The embassy was attacked on Sept. 18 at night.", "The embassy was attacked on Sept. 18 at night.")]
    [InlineData("The attack came on Jan. 5. The ministry answered a day later.", "The attack came on Jan. 5.", "The ministry answered a day later.")]
    [InlineData("The deadline moved to Dec. 1, 2023, by order of the court.", "The deadline moved to Dec. 1, 2023, by order of the court.")]
    [InlineData("Relief supplies, approx. 4 tons, were delivered.", "Relief supplies, approx. 4 tons, were delivered.")]
    [InlineData("The ministry of agric. announced new measures.", "The ministry of agric. announced new measures.")]
    public void Does_not_split_after_an_abbreviation_before_a_number_or_lower_case(string text, params string[] expected) =>
        AssertSentences(text, expected);

    /// <summary>The tokenizer lists the tokens that may end a sentence for the splitter, which reads no other: each
    /// kind of terminal, the rare ones included, must still end a sentence, and two paragraphs keep their own.</summary>
    [Theory]
    [InlineData("Is that all\u203C It is.", "Is that all\u203C", "It is.")]
    [InlineData("Really\u2049 Yes.", "Really\u2049", "Yes.")]
    [InlineData("Who sent it\uFF1F Nobody knows.", "Who sent it\uFF1F", "Nobody knows.")]
    [InlineData("Enough\uFF01 The guns fell silent.", "Enough\uFF01", "The guns fell silent.")]
    [InlineData("They waited\u2026 Nobody came.", "They waited\u2026", "Nobody came.")]
    [InlineData("They waited... Nobody came.", "They waited...", "Nobody came.")]
    [InlineData("The talks ended. Both left.\n\nWas it over? Nobody said.", "The talks ended.", "Both left.", "Was it over?", "Nobody said.")]
    [InlineData("1. Stop the shelling. 2. Open the roads! 3. Free the detainees.", "1. Stop the shelling.", "2. Open the roads!", "3. Free the detainees.")]
    public void Splits_after_every_kind_of_terminal(string text, params string[] expected) => AssertSentences(text, expected);

    [Theory]
    [InlineData("The U.S. Embassy issued a warning.", "The U.S. Embassy issued a warning.")]
    [InlineData("Aid arrived from the U.K. and the E.U. within days.", "Aid arrived from the U.K. and the E.U. within days.")]
    [InlineData("The resolution was backed by the U.N. Security Council.", "The resolution was backed by the U.N. Security Council.")]
    [InlineData("The convoy left the U.S. It reached the border at dawn.", "The convoy left the U.S.", "It reached the border at dawn.")]
    [InlineData("Officials met in the U.K. The statement gave no details.", "Officials met in the U.K.", "The statement gave no details.")]
    [InlineData("The summit was in Washington, D.C. The leaders met briefly.", "The summit was in Washington, D.C.", "The leaders met briefly.")]
    [InlineData("Shelling began at 5 a.m. and lasted an hour.", "Shelling began at 5 a.m. and lasted an hour.")]
    [InlineData("The curfew starts at 10 p.m. The army will patrol the streets.", "The curfew starts at 10 p.m.", "The army will patrol the streets.")]
    [InlineData("The meeting ended at 4 p.m. Thursday, officials said.", "The meeting ended at 4 p.m. Thursday, officials said.")]
    [InlineData("The team arrived at 6 A.M. They left at noon.", "The team arrived at 6 A.M.", "They left at noon.")]
    [InlineData("The convoy crossed the bridge at 7 p.m. Gen. Harlow then ordered a halt.", "The convoy crossed the bridge at 7 p.m.", "Gen. Harlow then ordered a halt.")]
    [InlineData("We waited until 9 A.M. Dr. Okafor never came.", "We waited until 9 A.M.", "Dr. Okafor never came.")]
    [InlineData("By 9 a.m. Dr. Okafor had left the camp.", "By 9 a.m. Dr. Okafor had left the camp.")]
    [InlineData("At 11 P.M. Col. Ruiz closed the checkpoint.", "At 11 P.M. Col. Ruiz closed the checkpoint.")]
    [InlineData("Acme Ltd. and Borealis Inc. supplied the drones.", "Acme Ltd. and Borealis Inc. supplied the drones.")]
    [InlineData("The contract went to Northwind Corp. It was signed in March.", "The contract went to Northwind Corp.", "It was signed in March.")]
    [InlineData("Martin Jr. spoke first.", "Martin Jr. spoke first.")]
    public void Splits_after_an_abbreviation_only_when_a_sentence_starter_follows(string text, params string[] expected) =>
        AssertSentences(text, expected);

    [Theory]
    [InlineData("Several groups, e.g. students and veterans, joined the march.", "Several groups, e.g. students and veterans, joined the march.")]
    [InlineData("The border, i.e. the line agreed in 1994, was crossed.", "The border, i.e. the line agreed in 1994, was crossed.")]
    [InlineData("They brought food, blankets, medicine etc. Trucks were searched.", "They brought food, blankets, medicine etc.", "Trucks were searched.")]
    [InlineData("Roads, bridges, schools, etc. were damaged.", "Roads, bridges, schools, etc. were damaged.")]
    [InlineData("The ceasefire held better vs. the last one.", "The ceasefire held better vs. the last one.")]
    public void Handles_latin_abbreviations(string text, params string[] expected) => AssertSentences(text, expected);

    [Theory]
    [InlineData("J. R. Hartley wrote the report.", "J. R. Hartley wrote the report.")]
    [InlineData("The report was written by Anna K. Berg and Tom W. Silva.", "The report was written by Anna K. Berg and Tom W. Silva.")]
    [InlineData("The choice fell to my brother and I. Nobody else wanted it.", "The choice fell to my brother and I.", "Nobody else wanted it.")]
    [InlineData("They chose plan B. The second option was never discussed.", "They chose plan B.", "The second option was never discussed.")]
    public void Keeps_initials_with_the_name(string text, params string[] expected) => AssertSentences(text, expected);

    [Theory]
    [InlineData("Turnout was 63.5 percent, up from 58.2 percent.", "Turnout was 63.5 percent, up from 58.2 percent.")]
    [InlineData("The fund holds $1,250.75 for each family.", "The fund holds $1,250.75 for each family.")]
    [InlineData("The fund holds $1,250.75. Each family receives a share.", "The fund holds $1,250.75.", "Each family receives a share.")]
    [InlineData("Version 9.11 of the map was used.", "Version 9.11 of the map was used.")]
    [InlineData("Prices rose by 3.5%. Fuel was the main driver.", "Prices rose by 3.5%.", "Fuel was the main driver.")]
    [InlineData("The war ended in 1994. 30 years later the dispute remains.", "The war ended in 1994.", "30 years later the dispute remains.")]
    [InlineData("Casualties rose to 1,000.The figures were disputed.", "Casualties rose to 1,000.", "The figures were disputed.")]
    public void Keeps_decimals_and_numbers_whole(string text, params string[] expected) => AssertSentences(text, expected);

    [Theory]
    [InlineData("\"We will respond,\" the minister said.", "\"We will respond,\" the minister said.")]
    [InlineData("\"Nobody was hurt.\" the spokesman added.", "\"Nobody was hurt.\" the spokesman added.")]
    [InlineData("\"He left. She stayed,\" he said.", "\"He left.", "She stayed,\" he said.")]
    [InlineData("The envoy warned: \"This will not happen again.\" Then he walked out.", "The envoy warned: \"This will not happen again.\"", "Then he walked out.")]
    [InlineData("‘They fired first,’ the officer said. ‘We only answered.’", "‘They fired first,’ the officer said.", "‘We only answered.’")]
    [InlineData("The mayor called it a “so-called peace plan”. Few disagreed.", "The mayor called it a “so-called peace plan”.", "Few disagreed.")]
    [InlineData("“Is anyone listening?” she asked.", "“Is anyone listening?” she asked.")]
    [InlineData("“Is anyone listening?” Nobody answered.", "“Is anyone listening?”", "Nobody answered.")]
    [InlineData("“Why now?” asked the reporter.", "“Why now?” asked the reporter.")]
    [InlineData("She called it «a provocation». The embassy closed.", "She called it «a provocation».", "The embassy closed.")]
    [InlineData("The banner read „Peace now“. Police removed it.", "The banner read „Peace now“.", "Police removed it.")]
    [InlineData("The crowd shouted “Shame!” and left.", "The crowd shouted “Shame!” and left.")]
    public void Splits_inside_quotes_only_where_a_new_sentence_starts(string text, params string[] expected) =>
        AssertSentences(text, expected);

    [Theory]
    [InlineData("The deputy (he resigned later.) was absent from the vote.", "The deputy (he resigned later.) was absent from the vote.")]
    [InlineData("The town was shelled twice (see map 3). Residents fled.", "The town was shelled twice (see map 3).", "Residents fled.")]
    [InlineData("The text reads (in part): “Force is not an option.” It was adopted unanimously.", "The text reads (in part): “Force is not an option.”", "It was adopted unanimously.")]
    [InlineData("The statement was adopted in 2020.[4] Fighting resumed later.", "The statement was adopted in 2020.[4]", "Fighting resumed later.")]
    [InlineData("The ombudsman documented the cases[2] and local media confirmed them[3]. No charges were filed.", "The ombudsman documented the cases[2] and local media confirmed them[3].", "No charges were filed.")]
    [InlineData("The claim was denied.¹ Observers were not allowed in.", "The claim was denied.¹", "Observers were not allowed in.")]
    [InlineData("The report [7] was never published.", "The report [7] was never published.")]
    public void Keeps_brackets_and_footnote_markers_with_their_sentence(string text, params string[] expected) =>
        AssertSentences(text, expected);

    [Theory]
    [InlineData("The talks went on… and on.", "The talks went on… and on.")]
    [InlineData("He paused... Then he read the names.", "He paused...", "Then he read the names.")]
    [InlineData("We waited . . . nothing happened.", "We waited . . . nothing happened.")]
    [InlineData("We waited . . . I gave up first.", "We waited . . . I gave up first.")]
    [InlineData("The answer was clear.... Nobody would sign.", "The answer was clear....", "Nobody would sign.")]
    [InlineData("The quote was cut: “We will [...] defend our land.” It ended there.", "The quote was cut: “We will [...] defend our land.”", "It ended there.")]
    [InlineData("The list ends here. . . . The rest was lost.", "The list ends here.", ". . . The rest was lost.")]
    public void Treats_ellipses_by_what_follows(string text, params string[] expected) => AssertSentences(text, expected);

    [Theory]
    [InlineData("Details are at https://example.org/report.pdf. Read them carefully.", "Details are at https://example.org/report.pdf.", "Read them carefully.")]
    [InlineData("Write to press@example.org. The office replies within a day.", "Write to press@example.org.", "The office replies within a day.")]
    [InlineData("The outlet example.com first reported the strike.", "The outlet example.com first reported the strike.")]
    [InlineData("According to Newsdesk.az the road was closed.", "According to Newsdesk.az the road was closed.")]
    [InlineData("Visit www.example.net for updates.", "Visit www.example.net for updates.")]
    public void Does_not_split_inside_addresses(string text, params string[] expected) => AssertSentences(text, expected);

    [Theory]
    [InlineData("1. Withdraw troops 2. Release prisoners 3. Open the roads", "1. Withdraw troops", "2. Release prisoners", "3. Open the roads")]
    [InlineData("a. Stop firing b. Return the bodies", "a. Stop firing", "b. Return the bodies")]
    [InlineData("• Ceasefire • Prisoner exchange", "• Ceasefire", "• Prisoner exchange")]
    [InlineData("1) Monitors 2) Access", "1) Monitors", "2) Access")]
    [InlineData("(1) Monitors (2) Access", "(1) Monitors", "(2) Access")]
    [InlineData("We demand the following:\n- an independent inquiry\n- access for observers", "We demand the following:", "- an independent inquiry", "- access for observers")]
    [InlineData("Demands:\n1. A ceasefire.\n2. A prisoner exchange.", "Demands:", "1. A ceasefire.", "2. A prisoner exchange.")]
    public void Makes_each_list_item_a_sentence(string text, params string[] expected) => AssertSentences(text, expected);

    [Theory]
    [InlineData("Border clash leaves two dead\nTwo soldiers were killed on Tuesday, the ministry said.", "Border clash leaves two dead", "Two soldiers were killed on Tuesday, the ministry said.")]
    [InlineData("Paragraph one ends here.\n\nParagraph two starts here.", "Paragraph one ends here.", "Paragraph two starts here.")]
    [InlineData("The mission said observers\nwere not allowed into the area.", "The mission said observers\nwere not allowed into the area.")]
    [InlineData("UPDATE\n“We are safe,” the staff wrote.", "UPDATE", "“We are safe,” the staff wrote.")]
    [InlineData("Statement on the attack\r\n\r\nThe council met at noon.", "Statement on the attack", "The council met at noon.")]
    public void Treats_headlines_and_lines_as_sentences(string text, params string[] expected) => AssertSentences(text, expected);
}
