using System.Collections.Immutable;
using System.Globalization;
using Attest.Linking;
using Attest.Model;
using Attest.Text;

namespace Attest.Eval;

/// <summary>Scores one document's predictions against its gold, category by category, in the order of
/// <see cref="Scorer.CategoryNames"/>. The rules are described in <c>docs/eval.md</c>.</summary>
internal static class DocumentScorer
{
    private static readonly DocumentAnalysis Nothing = new()
    {
        AnalyzerVersion = string.Empty,
        Text = string.Empty,
        Metadata = DocumentMetadata.Empty,
        Statistics = new TextStatistics(0, 0, 0, 0),
    };

    /// <summary>Scores <paramref name="analysis"/> (null when nothing was predicted for the document).</summary>
    public static DocumentScore Score(GoldDocument gold, DocumentAnalysis? analysis)
    {
        analysis ??= Nothing;
        var speakers = new SpeakerNames(gold);
        var scores = ImmutableArray.CreateBuilder<Score>(Scorer.CategoryNames.Length);
        scores.Add(Names(
            gold.Persons.OrEmpty().Select(p => NameTarget.Of(p.Name, p.Aliases, null, p.Optional)),
            analysis.Persons.OrEmpty().Select(p => (p.Name, (string?)null))));
        scores.Add(Names(
            gold.Organizations.OrEmpty().Select(o => NameTarget.Of(o.Name, o.Aliases, null, o.Optional)),
            analysis.Organizations.OrEmpty().Select(o => (o.Name, (string?)null))));
        scores.Add(Names(
            gold.Places.OrEmpty().Select(p => NameTarget.Of(p.Name, p.Aliases, p.Country, p.Optional)),
            analysis.Places.OrEmpty().Select(p => (p.Name, p.Country))));
        scores.Add(Keys(
            gold.Times.OrEmpty().Select(t => new KeyTarget(TimeKey(t.Value), t.Optional)),
            analysis.Times.OrEmpty().Select(t => TimeKey(t.Value))));
        scores.Add(Keys(
            gold.Figures.OrEmpty().Select(f => new KeyTarget(FigureKey(f.Count, f.CountMin, f.Kind), f.Optional)),
            analysis.Figures.OrEmpty().Select(f => FigureKey(f.Count, f.CountMin, f.Kind))));
        scores.Add(Keys(
            gold.Legal.OrEmpty().Select(l => new KeyTarget(LegalKey(l.Instrument, l.Article), l.Optional)),
            analysis.Legal.OrEmpty().Select(l => LegalKey(l.Instrument, l.Article))));
        scores.Add(Quotes(gold, analysis, speakers));
        scores.Add(Demands(gold, analysis));
        scores.Add(Incidents(gold, analysis, out var incidentMatches));
        scores.Add(Loaded(gold, analysis, speakers, attributed: false));
        scores.Add(Loaded(gold, analysis, speakers, attributed: true));
        scores.Add(Issuer(gold, analysis, speakers));
        return new DocumentScore(scores.MoveToImmutable(), [.. incidentMatches]);
    }

    /// <summary>True when a predicted incident date is compatible with the gold one: a null gold date accepts
    /// any date; otherwise the prediction needs a date whose range of days overlaps the gold range.</summary>
    public static bool DatesCompatible(string? gold, string? predicted)
    {
        if (string.IsNullOrWhiteSpace(gold))
        {
            return true;
        }

        if (string.IsNullOrWhiteSpace(predicted))
        {
            return false;
        }

        return IncidentDate.Parse(gold) is { } goldValue && IncidentDate.Parse(predicted) is { } predictedValue
            ? goldValue.Overlaps(predictedValue)
            : string.Equals(gold.Trim(), predicted.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The identity of a time value: two values have the same key exactly when they denote the same
    /// range of days (and both know their year, or neither does). A value outside the format keys on its text.</summary>
    public static string TimeKey(string? value) => IncidentDate.Parse(value) is { } parsed
        ? string.Create(CultureInfo.InvariantCulture, $"{parsed.First}/{parsed.Last}{(parsed.YearUnknown ? "/XXXX" : string.Empty)}")
        : "?" + (value ?? string.Empty).Trim().ToUpperInvariant();

    /// <summary>The words of a loaded term as compared: folded, and each word without a final "s".</summary>
    public static List<string> LoadedWords(string? term)
    {
        var words = TextFold.Words(TextFold.Fold(term));
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Length > 1 && words[i][^1] == 's')
            {
                words[i] = words[i][..^1];
            }
        }

        return words;
    }

    /// <summary>The form a quotation is compared in: folded, without quotation marks or spaces at either end.</summary>
    public static string QuoteForm(string? text) => TextFold.Fold(text).Trim(' ', '"', '\'');

    private static Score Names(IEnumerable<NameTarget> gold, IEnumerable<(string Name, string? Country)> predicted)
    {
        var targets = Collapse(gold, t => t.Key, (a, b) => a.Merge(b));
        var predictions = predicted
            .Select(p => (Name: TextFold.Fold(p.Name), Country: p.Country?.Trim().ToUpperInvariant()))
            .ToList();
        return CategoryTally.Count(
            targets,
            t => t.Optional,
            predictions,
            (t, p) => t.Names.Contains(p.Name) && (string.IsNullOrEmpty(t.Country) || string.Equals(t.Country, p.Country, StringComparison.Ordinal)),
            Counting.Mentions,
            p => p.Name + "|" + p.Country,
            out _);
    }

    private static Score Keys(IEnumerable<KeyTarget> gold, IEnumerable<string> predicted)
    {
        var targets = Collapse(gold, t => t.Key, (a, b) => a with { Optional = a.Optional && b.Optional });
        return CategoryTally.Count(
            targets,
            t => t.Optional,
            predicted.ToList(),
            (t, p) => string.Equals(t.Key, p, StringComparison.Ordinal),
            Counting.Mentions,
            p => p,
            out _);
    }

    private static Score Quotes(GoldDocument gold, DocumentAnalysis analysis, SpeakerNames speakers)
    {
        var targets = gold.Quotes.OrEmpty().Select(q => (q.Speaker, Starts: QuoteForm(q.Starts), q.Optional)).ToList();
        var predictions = analysis.Quotes.OrEmpty().Select(q => (q.Speaker, Text: QuoteForm(QuotedText(analysis.Text, q.Text)))).ToList();
        return CategoryTally.Count(
            targets,
            t => t.Optional,
            predictions,
            (t, p) => t.Starts.Length > 0 && p.Text.StartsWith(t.Starts, StringComparison.Ordinal) && speakers.Matches(t.Speaker, p.Speaker),
            Counting.Items,
            p => p.Text,
            out _);
    }

    private static Score Demands(GoldDocument gold, DocumentAnalysis analysis)
    {
        var targets = gold.Demands.OrEmpty()
            .Select(d => (d.Action, Addressees: d.AddresseeAny.OrEmpty().Select(a => TextFold.Words(TextFold.Fold(a))).ToList(), d.Optional))
            .ToList();

        // The same demand found twice (two rules, or a text that repeats itself) is one prediction.
        var predictions = analysis.Demands.OrEmpty()
            .Select(d => (d.Action, Addressee: TextFold.Fold(d.Addressee)))
            .Distinct()
            .Select(d => (d.Action, Words: TextFold.Words(d.Addressee)))
            .ToList();
        return CategoryTally.Count(
            targets,
            t => t.Optional,
            predictions,
            (t, p) => t.Action == p.Action
                && (t.Addressees.Count == 0 || t.Addressees.Exists(a => TextFold.ContainsWords(a, p.Words) || TextFold.ContainsWords(p.Words, a))),
            Counting.Items,
            p => string.Empty,
            out _);
    }

    private static Score Incidents(GoldDocument gold, DocumentAnalysis analysis, out int[] predictedOf)
    {
        var predictions = analysis.Incidents.OrEmpty();
        return CategoryTally.Count(
            gold.Incidents.OrEmpty(),
            i => i.Optional,
            predictions,
            (g, p) => g.EventType == p.EventType && CountriesFit(g.Countries.OrEmpty(), p.Countries.OrEmpty()) && DatesCompatible(g.Date, p.Date),
            Counting.Items,
            p => string.Empty,
            out predictedOf,
            IncidentPreference);
    }

    /// <summary>Among predicted incidents that fit a gold incident, the one that agrees on more of the details
    /// that are not scored is matched first, so that two look-alike incidents of one document (two raids on the
    /// same embassy) are not swapped before their links are scored.</summary>
    private static int IncidentPreference(GoldIncident gold, IncidentReport predicted)
    {
        var rank = 0;
        if (string.IsNullOrWhiteSpace(gold.Date) ? string.IsNullOrWhiteSpace(predicted.Date) : TimeKey(gold.Date) == TimeKey(predicted.Date))
        {
            rank += 8;
        }

        if (!string.IsNullOrWhiteSpace(gold.Place) && TextFold.Fold(gold.Place) == TextFold.Fold(predicted.Place))
        {
            rank += 4;
        }

        if (gold.Target is not null && predicted.Target is { } target
            && string.Equals(gold.Target.Trim(), SnakeCaseNames<TargetCategory>.Of(target), StringComparison.OrdinalIgnoreCase))
        {
            rank += 2;
        }

        if (gold.Killed is not null && gold.Killed == predicted.Killed)
        {
            rank += 1;
        }

        return rank;
    }

    private static bool CountriesFit(ImmutableArray<string> gold, ImmutableArray<string> predicted)
    {
        if (gold.IsEmpty)
        {
            return true;
        }

        foreach (var country in predicted)
        {
            foreach (var candidate in gold)
            {
                if (string.Equals(country?.Trim(), candidate.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static Score Loaded(GoldDocument gold, DocumentAnalysis analysis, SpeakerNames speakers, bool attributed)
    {
        var targets = Collapse(
            gold.Loaded.OrEmpty().Select(l => LoadedTarget.Of(l, l.Speaker ?? gold.Issuer?.Name, attributed)),
            t => t.Key,
            (a, b) => a.Merge(b));
        // Loaded words that no one else speaks are the document's own voice, gold and predicted alike.
        var predictions = analysis.Loaded.OrEmpty()
            .Select(l => (Words: LoadedWords(l.Term), l.Kind, Speaker: l.Speaker ?? analysis.Issuer?.Name))
            .ToList();
        return CategoryTally.Count(
            targets,
            t => t.Optional,
            predictions,
            (t, p) => t.Kind == p.Kind
                && t.Forms.Exists(form => TextFold.ContainsWords(p.Words, form))
                && (!attributed || speakers.Matches(t.Speaker, p.Speaker)),
            Counting.Mentions,
            p => string.Join(' ', p.Words) + "|" + SnakeCaseNames<LoadedKind>.Of(p.Kind) + (attributed ? "|" + TextFold.Fold(p.Speaker) : string.Empty),
            out _);
    }

    private static Score Issuer(GoldDocument gold, DocumentAnalysis analysis, SpeakerNames speakers)
    {
        var predicted = analysis.Issuer?.Name;
        if (gold.Issuer is null)
        {
            return predicted is null ? Eval.Score.Zero : new Score(0, 1, 0);
        }

        if (predicted is null)
        {
            return new Score(0, 0, 1);
        }

        return speakers.Matches(gold.Issuer.Name, predicted) ? new Score(1, 0, 0) : new Score(0, 1, 1);
    }

    private static string QuotedText(string text, Span span)
    {
        if (span.Start < 0 || span.Length < 0 || span.End > text.Length)
        {
            throw new ArgumentException($"quote span {span} lies outside the analysed text of {text.Length} characters", nameof(span));
        }

        return text.Substring(span.Start, span.Length);
    }

    private static string FigureKey(long? count, long? countMin, FigureKind kind) =>
        string.Create(CultureInfo.InvariantCulture, $"{count}|{countMin}|{SnakeCaseNames<FigureKind>.Of(kind)}");

    private static string LegalKey(string instrument, string? article) =>
        instrument.Trim().ToUpperInvariant() + "|" + (article is null ? "\0" : TextFold.Fold(article));

    /// <summary>Gold items that are the same under the category's key count once; the merged item is optional
    /// only when all of them are.</summary>
    private static List<T> Collapse<T>(IEnumerable<T> items, Func<T, string> key, Func<T, T, T> merge)
    {
        var list = new List<T>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var itemKey = key(item);
            if (index.TryGetValue(itemKey, out var at))
            {
                list[at] = merge(list[at], item);
            }
            else
            {
                index.Add(itemKey, list.Count);
                list.Add(item);
            }
        }

        return list;
    }

    private sealed record KeyTarget(string Key, bool Optional);

    /// <summary>A named gold item: its folded names and, for a place, its country (null or empty: any).</summary>
    private sealed record NameTarget(string Key, HashSet<string> Names, string? Country, bool Optional)
    {
        public static NameTarget Of(string name, ImmutableArray<string> aliases, string? country, bool optional)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var each in aliases.OrEmpty().Prepend(name))
            {
                var folded = TextFold.Fold(each);
                if (folded.Length > 0)
                {
                    names.Add(folded);
                }
            }

            var code = country?.Trim().ToUpperInvariant();
            return new NameTarget(TextFold.Fold(name) + "|" + code, names, code, optional);
        }

        public NameTarget Merge(NameTarget other)
        {
            var names = new HashSet<string>(Names, StringComparer.Ordinal);
            names.UnionWith(other.Names);
            return this with { Names = names, Optional = Optional && other.Optional };
        }
    }

    /// <summary>A loaded gold item: the word forms of its term and aliases, its kind and (when scored) its speaker.</summary>
    private sealed record LoadedTarget(string Key, List<List<string>> Forms, LoadedKind Kind, string? Speaker, bool Optional)
    {
        public static LoadedTarget Of(GoldLoaded loaded, string? speaker, bool attributed)
        {
            var forms = loaded.Aliases.OrEmpty().Prepend(loaded.Term).Select(LoadedWords).Where(w => w.Count > 0).ToList();
            var key = string.Join(' ', LoadedWords(loaded.Term)) + "|" + SnakeCaseNames<LoadedKind>.Of(loaded.Kind)
                + (attributed ? "|" + TextFold.Fold(speaker) : string.Empty);
            return new LoadedTarget(key, forms, loaded.Kind, speaker, loaded.Optional);
        }

        public LoadedTarget Merge(LoadedTarget other) =>
            this with { Forms = [.. Forms, .. other.Forms], Optional = Optional && other.Optional };
    }
}
