using System.Collections.Immutable;
using System.Text;
using Attest.Eval;
using Attest.Model;
using Attest.Text;

namespace Attest.Tests.Eval;

/// <summary>Turns gold into the predictions a perfect system would make, to prove that the scorer accepts
/// gold's own values in every category.</summary>
internal static class GoldAsPrediction
{
    public static PredictedDocument Convert(GoldDocument gold)
    {
        var ev = EvalFixtures.Ev;

        // Quotes need text to point into: each quoted passage is written between curly quotes, and every
        // other span includes the opening mark, as an extractor might.
        var text = new StringBuilder();
        var quotes = ImmutableArray.CreateBuilder<Quote>();
        for (var i = 0; i < gold.Quotes.Length; i++)
        {
            var quote = gold.Quotes[i];
            text.Append("He said: ");
            var open = text.Length;
            text.Append('\u201C').Append(quote.Starts).Append(" and so on.\u201D ");
            var start = i % 2 == 0 ? open : open + 1;
            quotes.Add(new Quote(Span.FromBounds(start, text.Length - 2), quote.Speaker, "gold", ev));
        }

        var analysis = new DocumentAnalysis
        {
            AnalyzerVersion = "gold",
            Text = text.ToString(),
            Metadata = DocumentMetadata.Empty,
            Statistics = new TextStatistics(text.Length, 1, gold.Quotes.Length, 0),
            Issuer = gold.Issuer is { } issuer ? new Issuer(issuer.Name, IssuerKind.Unknown, ev) : null,
            Persons = [.. gold.Persons.Select(p => new PersonMention(p.Name, p.Role, ev))],
            Organizations = [.. gold.Organizations.Select(o => new OrganizationMention(o.Name, null, ev))],
            Places = [.. gold.Places.Select(p => new PlaceMention(p.Name, p.Country, null, ev))],
            Times = [.. gold.Times.Select(t => new TimeMention(t.Value, ev))],
            Figures = [.. gold.Figures.Select(f => new FigureMention(f.Count, f.CountMin, f.Kind, null, ev))],
            Legal = [.. gold.Legal.Select(l => new LegalCitation(l.Instrument, l.Article, null, null, ev))],
            Quotes = quotes.ToImmutable(),
            Demands = [.. gold.Demands.Select(d => new Demand(d.Speaker ?? "unknown", d.AddresseeAny.FirstOrDefault() ?? string.Empty, d.Action, null, null, ev))],
            Incidents = [.. gold.Incidents.Select(i => new IncidentReport(
                i.EventType, null, i.Date, i.Countries, i.Place, i.PerpetratorClaimed, i.Killed, i.Injured, null, Modality.Asserted, null, ev))],
            Loaded = [.. gold.Loaded.Select(l => new LoadedTerm(l.Term, l.Kind, l.Speaker, l.About, ev))],
        };

        return new PredictedDocument(gold.Doc, analysis, [.. gold.Incidents.Select(i => i.Key)]);
    }
}
