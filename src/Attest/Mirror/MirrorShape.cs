using System.Collections.Immutable;
using System.Globalization;
using Attest.Model;
using Attest.Rhetoric;
using Attest.Text;

namespace Attest.Mirror;

/// <summary>The structure of an analysis with offsets left out and names mapped to their side: one line per item
/// (category, then its values), sorted. Two analyses of a text and its mirror image have equal shapes when every
/// rule treats both sides alike.</summary>
public static class MirrorShape
{
    /// <summary>The sorted lines of <paramref name="analysis"/>, every name and country code passed through
    /// <paramref name="map"/>; a mention inside a <paramref name="kept"/> span (a whole name neither text swaps)
    /// is reported as written.</summary>
    public static ImmutableArray<string> Of(DocumentAnalysis analysis, Func<string?, string?> map, ImmutableArray<Span> kept)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(map);
        var lines = new List<string>();
        void Add(params object?[] parts) => lines.Add(string.Join(" | ", parts.Select(p => p switch
        {
            null => "-",
            Verbatim v => v.Value,
            string s => map(s) ?? "-",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => map(p.ToString()) ?? "-",
        })));

        Add("meta", analysis.Metadata.Published, analysis.Metadata.PlaceOfIssue);
        if (analysis.Issuer is { } issuer)
        {
            Add("issuer", issuer.Name, issuer.Kind.ToString());
        }

        foreach (var p in analysis.Persons)
        {
            Add("person", Literal(p.Name, p.Evidence), Literal(p.Role, p.Evidence));
        }

        foreach (var o in analysis.Organizations)
        {
            Add("organization", Literal(o.Name, o.Evidence), Kept(o.Evidence) ? "=" + o.Country : Code(o.Name, o.Country));
        }

        foreach (var p in analysis.Places)
        {
            // A place the lexicons do not list takes the country of the text around it ("place.branch",
            // "place.marked"): that code follows the swap like any name.
            var known = p.Evidence.RuleId.StartsWith("place.lexicon", StringComparison.Ordinal)
                || p.Evidence.RuleId.StartsWith("place.qualifier", StringComparison.Ordinal)
                || p.Evidence.RuleId.StartsWith("place.in-name", StringComparison.Ordinal)
                || p.Evidence.RuleId.StartsWith("place.compound", StringComparison.Ordinal)
                || p.Evidence.RuleId.StartsWith("place.mission", StringComparison.Ordinal);
            Add("place", Literal(p.Name, p.Evidence), Kept(p.Evidence) ? "=" + p.Country : known ? Code(p.Name, p.Country) : map(p.Country));
        }

        foreach (var t in analysis.Times)
        {
            Add("time", t.Value);
        }

        foreach (var f in analysis.Figures)
        {
            Add("figure", f.Kind.ToString(), f.Count, f.CountMin, f.Counted);
        }

        foreach (var l in analysis.Legal)
        {
            Add("legal", l.Instrument, l.Article, l.Paragraph);
        }

        foreach (var q in analysis.Quotes)
        {
            Add("quote", q.Speaker, q.Attribution, q.Text.In(analysis.Text).ToString());
        }

        foreach (var c in analysis.Claims)
        {
            Add("claim", c.Speaker, c.Act.ToString(), c.Target, c.OwnVoice.ToString());
        }

        foreach (var d in analysis.Demands)
        {
            Add("demand", d.Speaker, d.Action.ToString(), d.Addressee, d.Object, d.LegalBasis);
        }

        foreach (var i in analysis.Incidents)
        {
            Add("incident", i.EventType.ToString(), i.Target?.ToString(), i.Date, string.Join(",", i.Countries.Select(c => i.Place is null ? map(c) : Code(i.Place, c)).Order(StringComparer.Ordinal)),
                i.Place, i.Perpetrator, i.Killed, i.Injured, i.Modality.ToString(), i.ReportedBy);
        }

        foreach (var l in analysis.Loaded)
        {
            LoadedRules.TryParse(l.Evidence.RuleId, out var voice, out var modality);
            Add("loaded", l.Term.ToLowerInvariant(), l.Kind.ToString(), l.Speaker, voice.ToString(), modality.ToString(), l.About);
        }

        lines.Sort(StringComparer.Ordinal);
        return [.. lines];

        // A country code follows its name: a town of one side ("Kalbajar") is not renamed by the swap, so its
        // code is world knowledge and stays; a side's own name or a body named after it swaps with its code.
        bool Kept(Evidence evidence) => kept.Any(k => k.Contains(evidence.Primary));

        // Marked so the line's mapping leaves it as written.
        object? Literal(string? value, Evidence evidence) => value is not null && Kept(evidence) ? new Verbatim(value) : value;

        string? Code(string name, string? code) =>
            code is null ? null : string.Equals(map(name), name, StringComparison.Ordinal) ? "=" + code : map(code);
    }

    private sealed record Verbatim(string Value)
    {
        public override string ToString() => Value;
    }
}
