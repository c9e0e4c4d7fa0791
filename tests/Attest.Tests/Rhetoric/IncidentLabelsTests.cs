using System.Collections.Immutable;
using Attest.Analysis;
using Attest.Model;
using Attest.Rhetoric;
using Attest.Text;
using Xunit;

namespace Attest.Tests.Rhetoric;

/// <summary>Which loaded terms of a document concern which of its incident reports: read end to end from invented
/// texts, and rule by rule from hand-made analyses whose spans are placed exactly.</summary>
public sealed class IncidentLabelsTests
{
    /// <summary>Two incidents in two paragraphs; the second paragraph's labels are a denial and a hypothesis.</summary>
    private const string TwoIncidents = """
        A mob stormed the French embassy in Berlin on 3 May 2024 and set fire to the gate. The Foreign Ministry of France called the attack a pogrom.

        Separately, artillery shelled a village near Goma on 4 May 2024, killing two civilians. Defence Minister Paul Mbala rejected the description as terrorism. "If the shelling goes on, it may become a massacre," Governor Marie Tshala said.
        """;

    /// <summary>One incident in the lead paragraph; the next paragraph reports none.</summary>
    private const string LeadAndComment = """
        Protesters attacked the embassy of Italy in Vienna on 2 June 2024 in protest against the new border law, Austrian police said.

        The Italian foreign minister, Marco Rossi, said the attackers were extremists. If such provocations continue, the talks will end.
        """;

    private static readonly Analyzer Analyzer = Analyzer.Default;

    [Fact]
    public void A_label_in_the_sentence_that_reports_the_incident_is_a_label_of_that_incident()
    {
        var (berlin, _) = Labels(TwoIncidents, "Berlin", "Goma");

        var mob = Assert.Single(berlin.Labels, l => l.Term.Term == "mob");
        Assert.Equal(LabelLink.Sentence, mob.Link);
        Assert.True(mob.IsUse);
    }

    [Fact]
    public void A_label_about_another_incident_of_the_same_document_is_not_included()
    {
        var (berlin, goma) = Labels(TwoIncidents, "Berlin", "Goma");

        Assert.Equal(["mob", "pogrom"], berlin.Labels.Select(l => l.Term.Term));
        Assert.Equal(["terrorism", "massacre"], goma.Labels.Select(l => l.Term.Term));
    }

    [Fact]
    public void A_later_sentence_of_the_paragraph_labels_the_incident_the_paragraph_reported()
    {
        var (berlin, _) = Labels(TwoIncidents, "Berlin", "Goma");

        var pogrom = Assert.Single(berlin.Labels, l => l.Term.Term == "pogrom");
        Assert.Equal(LabelLink.Paragraph, pogrom.Link);
        Assert.Equal("Foreign Ministry of France", pogrom.Term.Speaker);
        Assert.Equal(LoadedVoice.Named, pogrom.Voice);
        Assert.True(pogrom.IsAttributed);
    }

    [Theory]
    [InlineData("terrorism", "Paul Mbala", LoadedVoice.Reported, LoadedModality.Denied)]
    [InlineData("massacre", "Marie Tshala", LoadedVoice.Quote, LoadedModality.Hypothetical)]
    public void Reported_denied_and_hypothetical_uses_keep_their_speaker_voice_and_modality(string term, string speaker, LoadedVoice voice, LoadedModality modality)
    {
        var (_, goma) = Labels(TwoIncidents, "Berlin", "Goma");

        var label = Assert.Single(goma.Labels, l => l.Term.Term == term);
        Assert.Equal(speaker, label.Term.Speaker);
        Assert.Equal(voice, label.Voice);
        Assert.Equal(modality, label.Modality);
        Assert.False(label.IsUse);
    }

    [Fact]
    public void A_paragraph_that_reports_no_incident_labels_the_incident_the_document_leads_with()
    {
        var analysis = Analyzer.Analyze(LeadAndComment);

        var vienna = Assert.Single(IncidentLabels.Of(analysis));

        var extremists = Assert.Single(vienna.Labels, l => l.Term.Term == "extremists");
        Assert.Equal(LabelLink.Lead, extremists.Link);
        Assert.Equal("Marco Rossi", extremists.Term.Speaker);
        Assert.Contains(vienna.Labels, l => l.Term.Term == "provocations" && l.Modality == LoadedModality.Hypothetical);
    }

    [Fact]
    public void The_motive_an_account_gives_is_kept_with_where_it_is_written()
    {
        var analysis = Analyzer.Analyze(LeadAndComment);

        var motive = Assert.Single(IncidentLabels.Of(analysis)).Motive;

        Assert.NotNull(motive);
        Assert.Equal("the new border law", motive.Text);
        Assert.Equal("the new border law", motive.Span!.Value.In(analysis.Text).ToString());
    }

    [Fact]
    public void Labels_are_given_for_every_report_in_the_order_of_the_analysis()
    {
        var analysis = Analyzer.Analyze(TwoIncidents);

        var labels = IncidentLabels.Of(analysis);

        Assert.Equal(analysis.Incidents, labels.Select(l => l.Report));
        Assert.Same(analysis.Incidents[1], IncidentLabels.For(analysis, analysis.Incidents[1]).Report);
    }

    [Fact]
    public void A_label_in_a_sentence_about_an_incident_set_aside_labels_no_report()
    {
        const string text = "Rioters stormed the embassy. Missions elsewhere may face terrorism too.";
        var analysis = Hand(text)
            .Report("Rioters", "stormed")
            .Context("face")
            .Term("terrorism")
            .Build();

        Assert.Empty(Assert.Single(IncidentLabels.Of(analysis)).Labels);
    }

    [Fact]
    public void A_label_whose_about_names_one_reports_perpetrator_is_that_reports_label_wherever_it_stands()
    {
        const string text = "A crowd of nationalists stormed the embassy.\n\nShells hit the village. Critics blamed radical nationalists for the unrest.";
        var analysis = Hand(text)
            .Report("a crowd of nationalists", "stormed")
            .Report("artillery", "Shells hit")
            .Term("radical", about: "nationalists")
            .Build();

        var labels = IncidentLabels.Of(analysis);

        Assert.Equal(LabelLink.About, Assert.Single(labels[0].Labels).Link);
        Assert.Empty(labels[1].Labels);
    }

    [Fact]
    public void Without_about_the_label_after_another_incident_goes_by_position()
    {
        const string text = "A crowd of nationalists stormed the embassy.\n\nShells hit the village. Critics called it barbaric.";
        var analysis = Hand(text)
            .Report("a crowd of nationalists", "stormed")
            .Report("artillery", "Shells hit")
            .Term("barbaric")
            .Build();

        var labels = IncidentLabels.Of(analysis);

        Assert.Empty(labels[0].Labels);
        Assert.Equal(LabelLink.Paragraph, Assert.Single(labels[1].Labels).Link);
    }

    [Fact]
    public void Of_two_incidents_in_one_sentence_the_label_goes_to_the_one_whose_clause_holds_it()
    {
        const string text = "After clashes at the border over a provocation, rioters attacked the embassy.";
        var analysis = Hand(text)
            .Report(null, "clashes")
            .Report("rioters", "attacked")
            .Term("provocation")
            .Build();

        var labels = IncidentLabels.Of(analysis);

        Assert.Single(labels[0].Labels);
        Assert.Empty(labels[1].Labels);
    }

    [Fact]
    public void Of_two_incidents_in_one_sentence_a_label_inside_a_perpetrator_as_written_goes_to_that_incident()
    {
        const string text = "Shells hit the village and an aggressive crowd stormed the embassy.";
        var analysis = Hand(text)
            .Report("artillery", "Shells hit")
            .Report("an aggressive crowd", "stormed")
            .Term("aggressive")
            .Build();

        var labels = IncidentLabels.Of(analysis);

        Assert.Empty(labels[0].Labels);
        Assert.Single(labels[1].Labels);
    }

    [Fact]
    public void A_sentence_with_two_incidents_and_nothing_to_tell_them_apart_labels_both()
    {
        const string text = "Rioters stormed the embassy and shells hit the village in a barbaric night.";
        var analysis = Hand(text)
            .Report("rioters", "stormed")
            .Report("artillery", "shells hit")
            .Term("barbaric")
            .Build();

        Assert.All(IncidentLabels.Of(analysis), a => Assert.Single(a.Labels));
    }

    [Theory]
    [InlineData("Kovarian nationalists", "a crowd of Kovarian nationalists", true)]
    [InlineData("the crowd", "a crowd", true)]
    [InlineData("nationalist", "nationalists from the north", true)]
    [InlineData("Estravian", "an Estravian mob", false)]
    [InlineData("Kovaria", "Kovaria", false)]
    [InlineData("statements", "a mob", false)]
    [InlineData("the", "the mob", false)]
    [InlineData(null, "a mob", false)]
    [InlineData("the mob", null, false)]
    public void About_names_a_perpetrator_by_a_common_noun_head_not_by_a_side_alone(string? about, string? perpetrator, bool names)
    {
        Assert.Equal(names, IncidentLabels.Names(about, perpetrator));
    }

    [Theory]
    [InlineData("Rioters stormed the embassy in protest against the decree, the police said.", null, null, "Issuer Office")]
    [InlineData("Rioters stormed the embassy in protest against the decree, the police said.", "the police", null, "the police")]
    [InlineData("\"Rioters stormed the embassy in protest against the decree,\" Anna Lind said.", "the police", "Anna Lind", "Anna Lind")]
    public void The_motive_is_the_quoted_speakers_else_the_reporting_sources_else_the_issuers(string text, string? reportedBy, string? quoteSpeaker, string expected)
    {
        var builder = Hand(text).Report("Rioters", "stormed", motive: "the decree", reportedBy: reportedBy);
        if (quoteSpeaker is not null)
        {
            builder.Quote(text.IndexOf('"', StringComparison.Ordinal) + 1, text.LastIndexOf('"'), quoteSpeaker);
        }

        var motive = Assert.Single(IncidentLabels.Of(builder.Build())).Motive;

        Assert.NotNull(motive);
        Assert.Equal(expected, motive.Speaker);
        Assert.Equal(text.IndexOf("the decree", StringComparison.Ordinal), motive.Span!.Value.Start);
    }

    [Fact]
    public void A_report_without_a_motive_has_none()
    {
        var analysis = Hand("Rioters stormed the embassy.").Report("Rioters", "stormed").Build();

        Assert.Null(Assert.Single(IncidentLabels.Of(analysis)).Motive);
        Assert.True(IncidentLabels.Of(analysis)[0].IsEmpty);
    }

    [Fact]
    public void A_layer_of_another_text_or_a_foreign_report_is_refused()
    {
        var analysis = Hand("Rioters stormed the embassy.").Report("Rioters", "stormed").Build();
        var other = Hand("Shells hit the village.").Report("artillery", "Shells hit").Build();

        Assert.Throws<ArgumentException>(() => IncidentLabels.Of(analysis, TextLayerBuilder.Default.Build("Another text.")));
        Assert.Throws<ArgumentException>(() => IncidentLabels.For(analysis, other.Incidents[0]));
    }

    [Fact]
    public void The_analyses_of_the_bundled_samples_are_read_again_into_the_same_text()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "samples", "corpus");
        var files = Directory.GetFiles(folder, "*.txt");

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var analysis = Analyzer.Analyze(File.ReadAllText(file));
            Assert.Equal(analysis.Text, TextLayerBuilder.Default.Build(analysis.Text).Text);
            Assert.Equal(analysis.Incidents.Length, IncidentLabels.Of(analysis).Length);
        }
    }

    /// <summary>The analysis of <paramref name="text"/> and the labels of the reports placed in the two named places.</summary>
    private static (AccountLabels First, AccountLabels Second) Labels(string text, string first, string second)
    {
        var analysis = Analyzer.Analyze(text);
        var labels = IncidentLabels.Of(analysis);
        return (Assert.Single(labels, l => l.Report.Place == first), Assert.Single(labels, l => l.Report.Place == second));
    }

    private static HandMade Hand(string text) => new(text);

    /// <summary>An analysis built by hand: every item's span is the first occurrence of its words in the text, so
    /// the rules can be tried one by one.</summary>
    private sealed class HandMade(string text)
    {
        private readonly List<IncidentReport> reports = [];
        private readonly List<IncidentReport> context = [];
        private readonly List<LoadedTerm> terms = [];
        private readonly List<Quote> quotes = [];

        public HandMade Report(string? perpetrator, string evidence, string? motive = null, string? reportedBy = null)
        {
            var modality = reportedBy is null ? Modality.Asserted : Modality.Reported;
            reports.Add(new IncidentReport(EventType.Riots, null, null, ["XE"], null, perpetrator, null, null, motive, modality, reportedBy, Evidence.Of(At(evidence), "test.incident")));
            return this;
        }

        public HandMade Context(string evidence)
        {
            context.Add(new IncidentReport(EventType.Riots, null, null, [], null, null, null, null, null, Modality.Hypothetical, null, Evidence.Of(At(evidence), "test.incident")));
            return this;
        }

        public HandMade Term(string term, string? about = null)
        {
            terms.Add(new LoadedTerm(term, LoadedKind.Other, null, about, Evidence.Of(At(term), LoadedRules.RuleId(LoadedVoice.Issuer, LoadedModality.Used))));
            return this;
        }

        public HandMade Quote(int start, int end, string speaker)
        {
            quotes.Add(new Quote(Span.FromBounds(start, end), speaker, "said-after", Evidence.Of(Span.FromBounds(start, end), "test.quote")));
            return this;
        }

        public DocumentAnalysis Build() => new()
        {
            AnalyzerVersion = "test",
            Text = text,
            Metadata = DocumentMetadata.Empty,
            Statistics = new TextStatistics(text.Length, 1, 1, 1),
            Issuer = new Issuer("Issuer Office", IssuerKind.Government, Evidence.Of(new Span(0, 0), "test.issuer")),
            Incidents = [.. reports],
            IncidentContext = [.. context],
            Loaded = [.. terms],
            Quotes = [.. quotes],
        };

        private Span At(string words)
        {
            var at = text.IndexOf(words, StringComparison.Ordinal);
            Assert.True(at >= 0, $"\"{words}\" is not in the text");
            return new Span(at, words.Length);
        }
    }
}
