using System.Collections.Immutable;
using Attest.Model;
using Attest.Text;

namespace Attest.Rhetoric;

/// <summary>
/// Which of a document's loaded terms concern which of its incident reports, so the labels that accounts of one
/// incident use can be read side by side (docs/rhetoric.md, "Labels of an incident").
/// </summary>
/// <remarks>
/// A term concerns a report by the first of these that applies (<see cref="LabelLink"/>):
/// <list type="number">
/// <item>its sentence carries evidence of one or more reports: those; of several, the ones whose perpetrator as
/// written holds the term, else the one whose perpetrator the term's <see cref="LoadedTerm.About"/> names, else
/// those with evidence in the term's own clause;</item>
/// <item>its sentence carries only evidence of set-aside incident mentions (hypothetical, negated, historical …):
/// none — the label is about something that is not reported as having happened;</item>
/// <item>its <see cref="LoadedTerm.About"/> names the perpetrator one report claims, and no other report's;</item>
/// <item>an earlier sentence of its paragraph carries report evidence: the reports of the nearest such sentence
/// (none when the nearest is a set-aside mention);</item>
/// <item>otherwise the document's lead reports: those with evidence in the first paragraph that carries any
/// report evidence (the headline, or the lead paragraph).</item>
/// </list>
/// Positions are read from the first evidence span of each item. The rhetoric stage keeps one item per term per
/// speaker, so a label a speaker repeats for two incidents is found with the first only.
/// </remarks>
public static class IncidentLabels
{
    /// <summary>The labels of every report in <paramref name="analysis"/>'s <see cref="DocumentAnalysis.Incidents"/>,
    /// in the same order. Paragraphs and sentences are read again from the analysis's text with the bundled
    /// abbreviations.</summary>
    public static ImmutableArray<AccountLabels> Of(DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return Of(analysis, TextLayerBuilder.Default.Build(analysis.Text));
    }

    /// <summary>The labels of every report in <paramref name="analysis"/>'s <see cref="DocumentAnalysis.Incidents"/>,
    /// in the same order, with the paragraphs and sentences of <paramref name="layer"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="layer"/> is not a layer of the analysis's text.</exception>
    public static ImmutableArray<AccountLabels> Of(DocumentAnalysis analysis, TextLayer layer)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(layer);
        if (!string.Equals(layer.Text, analysis.Text, StringComparison.Ordinal))
        {
            throw new ArgumentException("the text layer is not built from the analysis's text", nameof(layer));
        }

        var reports = analysis.Incidents;
        if (reports.IsDefaultOrEmpty)
        {
            return [];
        }

        var sentences = layer.Sentences;
        var reportsIn = new List<int>?[sentences.Length];
        var contextIn = new bool[sentences.Length];
        var leadSentence = int.MaxValue;
        for (var r = 0; r < reports.Length; r++)
        {
            foreach (var span in Spans(reports[r].Evidence))
            {
                var s = layer.SentenceAt(span.Start);
                if (s < 0)
                {
                    continue;
                }

                var list = reportsIn[s] ??= [];
                if (!list.Contains(r))
                {
                    list.Add(r);
                }

                leadSentence = Math.Min(leadSentence, s);
            }
        }

        foreach (var context in analysis.IncidentContext.IsDefault ? [] : analysis.IncidentContext)
        {
            foreach (var span in Spans(context.Evidence))
            {
                if (layer.SentenceAt(span.Start) is >= 0 and var s)
                {
                    contextIn[s] = true;
                }
            }
        }

        var lead = new List<int>();
        if (leadSentence != int.MaxValue)
        {
            var paragraph = layer.ParagraphAt(sentences[leadSentence].Span.Start);
            for (var s = leadSentence; s < sentences.Length && layer.ParagraphAt(sentences[s].Span.Start) == paragraph; s++)
            {
                foreach (var r in reportsIn[s] ?? [])
                {
                    if (!lead.Contains(r))
                    {
                        lead.Add(r);
                    }
                }
            }
        }

        var labels = new List<IncidentLabel>[reports.Length];
        for (var r = 0; r < labels.Length; r++)
        {
            labels[r] = [];
        }

        var loaded = analysis.Loaded.IsDefault ? [] : analysis.Loaded;
        foreach (var term in loaded.Where(t => !t.Evidence.Spans.IsDefaultOrEmpty).OrderBy(t => t.Evidence.Primary.Start))
        {
            var (concerned, link) = Concerned(term, reports, layer, reportsIn, contextIn, lead);
            if (concerned.Count == 0)
            {
                continue;
            }

            var voice = LoadedRules.TryParse(term.Evidence.RuleId, out var v, out _) ? v : (LoadedVoice?)null;
            var label = new IncidentLabel(term, voice, LoadedRules.ModalityOf(term), link);
            foreach (var r in concerned)
            {
                labels[r].Add(label);
            }
        }

        var result = ImmutableArray.CreateBuilder<AccountLabels>(reports.Length);
        for (var r = 0; r < reports.Length; r++)
        {
            result.Add(new AccountLabels(reports[r], [.. labels[r]], Motive(analysis, reports[r], layer)));
        }

        return result.MoveToImmutable();
    }

    /// <summary>The labels of one report of <paramref name="analysis"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="report"/> is not one of the analysis's incident reports.</exception>
    public static AccountLabels For(DocumentAnalysis analysis, IncidentReport report)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(report);
        var index = analysis.Incidents.IsDefault ? -1 : analysis.Incidents.IndexOf(report);
        if (index < 0)
        {
            throw new ArgumentException("the report is not one of the analysis's incident reports", nameof(report));
        }

        return Of(analysis)[index];
    }

    /// <summary>True when <paramref name="about"/> (whom a label is for) names the actor <paramref name="perpetrator"/>
    /// names: its head — the last word that is not a function word — is a common noun (lower-case as written) that
    /// the perpetrator also holds, alike or differing by a plural ending. A proper name or a nationality alone names a
    /// side, not the actor of one incident, so it does not count.</summary>
    internal static bool Names(string? about, string? perpetrator)
    {
        if (string.IsNullOrWhiteSpace(about) || string.IsNullOrWhiteSpace(perpetrator))
        {
            return false;
        }

        ReadOnlySpan<char> head = default;
        foreach (var word in new WordEnumerator(about))
        {
            head = word;
        }

        if (head.IsEmpty || !char.IsLower(head[0]))
        {
            return false;
        }

        foreach (var word in new WordEnumerator(perpetrator))
        {
            if (SameNoun(head, word))
            {
                return true;
            }
        }

        return false;
    }

    private static (List<int> Reports, LabelLink Link) Concerned(
        LoadedTerm term, ImmutableArray<IncidentReport> reports, TextLayer layer, List<int>?[] reportsIn, bool[] contextIn, List<int> lead)
    {
        var sentences = layer.Sentences;
        var s = layer.SentenceAt(term.Evidence.Primary.Start);
        if (s >= 0 && reportsIn[s] is { Count: > 0 } here)
        {
            return (here.Count == 1 ? here : Narrow(term, here, reports, layer.Text, sentences[s].Span), LabelLink.Sentence);
        }

        if (s >= 0 && contextIn[s])
        {
            return ([], LabelLink.Sentence);
        }

        if (term.About is not null)
        {
            var named = Enumerable.Range(0, reports.Length).Where(r => Names(term.About, reports[r].Perpetrator)).ToList();
            if (named.Count == 1)
            {
                return (named, LabelLink.About);
            }
        }

        if (s >= 0)
        {
            var paragraph = layer.ParagraphAt(sentences[s].Span.Start);
            for (var earlier = s - 1; earlier >= 0 && layer.ParagraphAt(sentences[earlier].Span.Start) == paragraph; earlier--)
            {
                if (reportsIn[earlier] is { Count: > 0 } before)
                {
                    return (before, LabelLink.Paragraph);
                }

                if (contextIn[earlier])
                {
                    return ([], LabelLink.Paragraph);
                }
            }
        }

        return (lead, LabelLink.Lead);
    }

    /// <summary>Of several reports in the term's sentence, the ones it is about: those whose perpetrator, as
    /// written in the sentence, holds the term ("an aggressive group of radicals attacked …"); else the one whose
    /// perpetrator its About names; else those with evidence in the term's own clause (between commas, semicolons,
    /// colons or dashes); else all of them.</summary>
    private static List<int> Narrow(LoadedTerm term, List<int> here, ImmutableArray<IncidentReport> reports, string text, Span sentence)
    {
        var at = term.Evidence.Primary;
        var holding = here.Where(r => Holds(text, sentence, reports[r].Perpetrator, at)).ToList();
        if (holding.Count > 0 && holding.Count < here.Count)
        {
            return holding;
        }

        var named = here.Where(r => Names(term.About, reports[r].Perpetrator)).ToList();
        if (named.Count == 1)
        {
            return named;
        }

        var start = at.Start;
        while (start > sentence.Start && !IsClauseBreak(text, start - 1))
        {
            start--;
        }

        var end = at.End;
        while (end < sentence.End && !IsClauseBreak(text, end))
        {
            end++;
        }

        var clause = Span.FromBounds(start, end);
        var inClause = here.Where(r => Spans(reports[r].Evidence).Any(clause.Contains)).ToList();
        return inClause.Count > 0 && inClause.Count < here.Count ? inClause : here;
    }

    /// <summary>True when <paramref name="perpetrator"/> is written in the sentence over the term's span.</summary>
    private static bool Holds(string text, Span sentence, string? perpetrator, Span term)
    {
        if (string.IsNullOrWhiteSpace(perpetrator))
        {
            return false;
        }

        var words = sentence.In(text);
        var from = 0;
        while (from < words.Length && words[from..].IndexOf(perpetrator, StringComparison.OrdinalIgnoreCase) is >= 0 and var found)
        {
            var written = new Span(sentence.Start + from + found, perpetrator.Length);
            if (written.Contains(term))
            {
                return true;
            }

            from += found + 1;
        }

        return false;
    }

    /// <summary>A comma, semicolon, colon or dash (a hyphen between spaces) ends a clause.</summary>
    private static bool IsClauseBreak(string text, int i) =>
        text[i] is ',' or ';' or ':' or '–' or '—'
        || (text[i] == '-' && i > 0 && i + 1 < text.Length && text[i - 1] == ' ' && text[i + 1] == ' ');

    private static IncidentMotive? Motive(DocumentAnalysis analysis, IncidentReport report, TextLayer layer)
    {
        if (string.IsNullOrWhiteSpace(report.Motive))
        {
            return null;
        }

        var text = analysis.Text;
        Span? found = null;
        foreach (var span in Spans(report.Evidence))
        {
            if (layer.SentenceAt(span.Start) is >= 0 and var s)
            {
                var sentence = layer.Sentences[s].Span;
                var at = sentence.In(text).IndexOf(report.Motive, StringComparison.Ordinal);
                if (at >= 0)
                {
                    found = new Span(sentence.Start + at, report.Motive.Length);
                    break;
                }
            }
        }

        if (found is null && text.IndexOf(report.Motive, StringComparison.Ordinal) is >= 0 and var anywhere)
        {
            found = new Span(anywhere, report.Motive.Length);
        }

        string? speaker = null;
        if (found is { } where && !analysis.Quotes.IsDefault)
        {
            speaker = analysis.Quotes.FirstOrDefault(q => q.Speaker is not null && q.Text.Contains(where))?.Speaker;
        }

        speaker ??= report.Modality == Modality.Reported && report.ReportedBy is not null ? report.ReportedBy : analysis.Issuer?.Name;
        return new IncidentMotive(report.Motive, speaker, found);
    }

    private static ImmutableArray<Span> Spans(Evidence evidence) => evidence.Spans.IsDefault ? [] : evidence.Spans;

    /// <summary>Equal ignoring case, or one is the other with a plural ending ("nationalist", "nationalists").</summary>
    private static bool SameNoun(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > b.Length)
        {
            return SameNoun(b, a);
        }

        if (!b.StartsWith(a, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = b[a.Length..];
        return rest.IsEmpty || rest.Equals("s", StringComparison.OrdinalIgnoreCase) || rest.Equals("es", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The words of a short phrase that are not function words (letters, digits, inner hyphens and
    /// apostrophes).</summary>
    private ref struct WordEnumerator(string text)
    {
        private readonly string text = text;
        private int next;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly WordEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            Span<char> lower = stackalloc char[32];
            while (next < text.Length)
            {
                while (next < text.Length && !char.IsLetterOrDigit(text[next]))
                {
                    next++;
                }

                var start = next;
                while (next < text.Length && (char.IsLetterOrDigit(text[next]) || (text[next] is '-' or '\'' or '’' && next + 1 < text.Length && char.IsLetterOrDigit(text[next + 1]))))
                {
                    next++;
                }

                if (next == start)
                {
                    continue;
                }

                var word = text.AsSpan(start, next - start);
                if (word.Length <= lower.Length)
                {
                    var folded = lower[..word.Length];
                    word.ToLowerInvariant(folded);
                    if (ClauseWords.Function.Contains(folded))
                    {
                        continue;
                    }
                }

                Current = word;
                return true;
            }

            return false;
        }
    }
}
